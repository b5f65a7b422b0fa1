import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild, rowMarks } from "./checks.js";
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
    const perm = permText.map((text) => dayFromZzDate(text));
    const first = rowMarks(episodes.rowCount, episodesByChildInOrder(episodes).map((rows) => (decom[rows[0]!] !== null ? rows[0] : undefined)));
    const { left, right } = pairedByChild(episodes, previous, (e, p) => {
      if (first[e] !== 1 || permText[p] === null) return false;
      return perm[p] === null || perm[p]! >= decom[e]!;
    });
    return { episodes: left, previous_permanence: right };
  },
});
