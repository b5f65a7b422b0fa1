import { defineRule } from "../defineRule.js";
import { sameDay } from "./checks.js";
import { decisionsAgainstLastYear } from "./lastYearDecisions.js";

/** 561: a decision with last year's date is last year's decision, which then had not ceased (no date or reason ceased last year). */
export const r561 = /* @__PURE__ */ defineRule({
  code: "561",
  check: (data) => {
    const [now, last] = [data.table("placed_for_adoption"), data.table("placed_for_adoption_last")];
    const [text, day] = [now.column("DATE_PLACED"), now.dates("DATE_PLACED")];
    const [lastText, lastDay] = [last.column("DATE_PLACED"), last.dates("DATE_PLACED")];
    const [lastCeased, lastReason] = [last.column("DATE_PLACED_CEASED"), last.column("REASON_PLACED_CEASED")];
    return {
      placed_for_adoption: decisionsAgainstLastYear(data, (row, l) => l !== null && sameDay(text[row], day[row], lastText[l], lastDay[l]) && (lastCeased[l] !== null || lastReason[l] !== null)),
    };
  },
});
