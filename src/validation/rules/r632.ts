import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild } from "./checks.js";
import { dayFromZzDate } from "./zzDates.js";

/**
 * 632: the date of a previous permanence order (DATE_PERM), when given, is a date (ZZ standing
 * for an unknown day or month) before the child's first episode (earliest DECOM); both rows fail.
 */
export const r632 = /* @__PURE__ */ defineRule({
  code: "632",
  check: (data) => {
    const [episodes, previous] = [data.table("episodes"), data.table("previous_permanence")];
    const decom = episodes.dates("DECOM");
    const permText = previous.column("DATE_PERM");
    const first = new Set(episodesByChildInOrder(episodes).map((rows) => rows[0]!).filter((row) => decom[row] !== null));
    const { left, right } = pairedByChild(episodes, previous, (e, p) => {
      if (!first.has(e) || permText[p] === null) return false;
      const perm = dayFromZzDate(permText[p] ?? null);
      return perm === null || perm >= decom[e]!;
    });
    return { episodes: left, previous_permanence: right };
  },
});
