import { defineRule } from "../defineRule.js";
import { codes, episodesByChildInOrder, rowsByChildInOrder } from "./checks.js";

const PLACED_FOR_ADOPTION = codes("A3", "A4", "A5", "A6");

/**
 * 552: the child's latest decision to place for adoption (DATE_PLACED) is not after their first
 * placement for adoption (A3–A6) began; both rows fail.
 */
export const r552 = /* @__PURE__ */ defineRule({
  code: "552",
  check: (data) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const [place, decom] = [episodes.column("PLACE"), episodes.dates("DECOM")];
    const placed = decisions.dates("DATE_PLACED");
    const latestDecision = new Map<string, number>();
    for (const rows of rowsByChildInOrder(decisions, ["DATE_PLACED"], "latest first")) {
      if (placed[rows[0]!] !== null) latestDecision.set(decisions.childOf(rows[0]!)!, rows[0]!);
    }
    const flagged = { episodes: [] as number[], placed_for_adoption: [] as number[] };
    for (const rows of episodesByChildInOrder(episodes)) {
      const first = rows.find((row) => PLACED_FOR_ADOPTION.has(place[row] ?? "") && decom[row] !== null);
      const decision = first === undefined ? undefined : latestDecision.get(episodes.childOf(first)!);
      if (first !== undefined && decision !== undefined && decom[first]! < placed[decision]!) {
        flagged.episodes.push(first);
        flagged.placed_for_adoption.push(decision);
      }
    }
    return flagged;
  },
});
