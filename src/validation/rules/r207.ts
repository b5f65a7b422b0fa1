import { defineRule } from "../defineRule.js";
import { sameOrBothBlank } from "./checks.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

/** 207: a child with episodes this year who was a mother last year (MOTHER 1) is still recorded as one. */
export const r207 = /* @__PURE__ */ defineRule({
  code: "207",
  check: (data) => {
    const header = data.table("header");
    const [now, before] = [header.column("MOTHER"), data.table("header_last").column("MOTHER")];
    const inCare = data.table("episodes").byChild();
    return {
      header: headerChangedSinceLastYear(data, (row, last) => inCare.has(header.childOf(row) ?? "") && before[last] === "1" && !sameOrBothBlank(now[row], before[last])),
    };
  },
});
