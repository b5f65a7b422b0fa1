import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/**
 * 117: a child's decision to place for adoption, and its ceasing, fall by 31 March and by the end
 * (DEC) of the child's latest episode that did not end in X1 (by a DECOM that is a date). Both
 * the decision and that episode fail. A child without such an episode is not checked, as the
 * DfE's tool reads it.
 */
export const r117 = /* @__PURE__ */ defineRule({
  code: "117",
  check: (data) => {
    const episodes = data.table("episodes");
    const decisions = data.table("placed_for_adoption");
    const [decom, dec, rec] = [episodes.dates("DECOM"), episodes.dates("DEC"), episodes.column("REC")];
    const [placed, ceased] = [decisions.dates("DATE_PLACED"), decisions.dates("DATE_PLACED_CEASED")];
    const decisionsByChild = decisions.byChild();
    const flagged = { episodes: new Set<number>(), placed_for_adoption: new Set<number>() };
    for (const rows of episodesByChildInOrder(episodes)) {
      const latest = rows.filter((row) => decom[row] !== null && rec[row] !== "X1").at(-1);
      if (latest === undefined) continue;
      const end = dec[latest] ?? null;
      const tooLate = (day: number | null | undefined) => day != null && (day > data.collectionEnd || (end !== null && day > end));
      for (const decision of decisionsByChild.get(episodes.childOf(latest)!) ?? []) {
        if (tooLate(placed[decision]) || tooLate(ceased[decision])) {
          flagged.episodes.add(latest);
          flagged.placed_for_adoption.add(decision);
        }
      }
    }
    return flagged;
  },
});
