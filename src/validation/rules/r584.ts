import { defineRule } from "../defineRule.js";
import { decisionsAgainstLastYear } from "./lastYearDecisions.js";

/**
 * 584: after last year's decision ceased (date or reason given), this year's decision is a new
 * one: dated after last year's, and dated. The DfE's tool compares the dates as text and reports
 * rows of its joined table; this rule compares dates and reports this year's row
 * (docs/validation.md).
 */
export const r584 = /* @__PURE__ */ defineRule({
  code: "584",
  check: (data) => {
    const [now, last] = [data.table("placed_for_adoption"), data.table("placed_for_adoption_last")];
    const [text, day] = [now.column("DATE_PLACED"), now.dates("DATE_PLACED")];
    const [lastDay, lastCeased, lastReason] = [last.dates("DATE_PLACED"), last.column("DATE_PLACED_CEASED"), last.column("REASON_PLACED_CEASED")];
    return {
      placed_for_adoption: decisionsAgainstLastYear(data, (row, l) => {
        if (l === null || (lastCeased[l] === null && lastReason[l] === null)) return false;
        return text[row] === null || (day[row] !== null && lastDay[l] !== null && day[row]! <= lastDay[l]!);
      }),
    };
  },
});
