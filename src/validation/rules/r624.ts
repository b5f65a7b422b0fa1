import { defineRule } from "../defineRule.js";
import { sameDay } from "./checks.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

/**
 * 624: a mother's first child's date of birth (MC_DOB), once recorded, is the one last year's
 * return recorded. Compared as dates (the DfE's tool compares the text); a blank now fails.
 */
export const r624 = /* @__PURE__ */ defineRule({
  code: "624",
  check: (data) => {
    const [header, last] = [data.table("header"), data.table("header_last")];
    const [nowText, beforeText] = [header.column("MC_DOB"), last.column("MC_DOB")];
    const [now, before] = [header.dates("MC_DOB"), last.dates("MC_DOB")];
    return { header: headerChangedSinceLastYear(data, (row, lastRow) => beforeText[lastRow] !== null && !sameDay(nowText[row], now[row], beforeText[lastRow], before[lastRow])) };
  },
});
