import { defineRule } from "../defineRule.js";
import { endOrYearEnd } from "./checks.js";

/**
 * 367: a child has at most 75 days of respite care (LS V3) in the collection year: each V3
 * episode counted from its DECOM (or 1 April) to its DEC (or 31 March, if open or later); all
 * the child's V3 episodes with days in the year fail when the total exceeds 75.
 */
export const r367 = /* @__PURE__ */ defineRule({
  code: "367",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const decom = episodes.dates("DECOM");
    const endOf = endOrYearEnd(data, episodes);
    const flagged: number[] = [];
    for (const rows of episodes.byChild().values()) {
      const counted: number[] = [];
      let total = 0;
      for (const row of rows) {
        if (ls[row] !== "V3" || decom[row] === null) continue;
        const end = endOf(row);
        if (end === null) continue;
        const days = Math.min(end, data.collectionEnd) - Math.max(decom[row]!, data.collectionStart);
        if (days <= 0) continue;
        counted.push(row);
        total += days;
      }
      if (total > 75) flagged.push(...counted);
    }
    return { episodes: flagged };
  },
});
