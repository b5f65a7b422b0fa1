import { defineRule } from "../defineRule.js";
import { sameOrBothBlank } from "./checks.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

/** 202: a child's SEX is the one last year's return recorded. */
export const r202 = /* @__PURE__ */ defineRule({
  code: "202",
  check: (data) => {
    const [now, before] = [data.table("header").column("SEX"), data.table("header_last").column("SEX")];
    return { header: headerChangedSinceLastYear(data, (row, last) => !sameOrBothBlank(now[row], before[last])) };
  },
});
