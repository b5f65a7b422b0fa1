import { defineRule } from "../defineRule.js";
import { sameDay } from "./checks.js";
import { decisionsAgainstLastYear } from "./lastYearDecisions.js";

/** 560: a decision still open at the end of last year's return keeps its date (compared as dates; the DfE's tool compares the text). */
export const r560 = /* @__PURE__ */ defineRule({
  code: "560",
  check: (data) => {
    const [now, last] = [data.table("placed_for_adoption"), data.table("placed_for_adoption_last")];
    const [text, day] = [now.column("DATE_PLACED"), now.dates("DATE_PLACED")];
    const [lastText, lastDay, lastCeased] = [last.column("DATE_PLACED"), last.dates("DATE_PLACED"), last.column("DATE_PLACED_CEASED")];
    return {
      placed_for_adoption: decisionsAgainstLastYear(data, (row, l) => l !== null && lastText[l] !== null && lastCeased[l] === null && !sameDay(text[row], day[row], lastText[l], lastDay[l])),
    };
  },
});
