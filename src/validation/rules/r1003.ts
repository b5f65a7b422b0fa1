import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild } from "./checks.js";

/** 1003: a decision to place for adoption (DATE_PLACED) is not before the child's first period of care began (earliest RNE S episode); both rows fail. */
export const r1003 = /* @__PURE__ */ defineRule({
  code: "1003",
  check: (data) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const [rne, decom] = [episodes.column("RNE"), episodes.dates("DECOM")];
    const placed = decisions.dates("DATE_PLACED");
    const firstStarts = new Set(
      episodesByChildInOrder(episodes)
        .map((rows) => rows.find((row) => rne[row] === "S"))
        .filter((row): row is number => row !== undefined && decom[row] !== null),
    );
    const { left, right } = pairedByChild(episodes, decisions, (e, p) => firstStarts.has(e) && placed[p] !== null && placed[p]! < decom[e]!);
    return { episodes: left, placed_for_adoption: right };
  },
});
