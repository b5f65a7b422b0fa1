import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/**
 * 357: a child's first episode (the earliest DECOM that is a date), when it starts in the
 * collection year, starts a period of care (RNE S): the return holds every episode of a child
 * looked after during the year, so an earlier one would be there.
 */
export const r357 = /* @__PURE__ */ defineRule({
  code: "357",
  check: (data) => {
    const episodes = data.table("episodes");
    const decom = episodes.dates("DECOM");
    const rne = episodes.column("RNE");
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      const first = rows[0]!;
      if (decom[first] !== null && decom[first]! >= data.collectionStart && rne[first] !== "S") flagged.push(first);
    }
    return { episodes: flagged };
  },
});
