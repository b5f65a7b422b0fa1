import { defineRule } from "../defineRule.js";
import { sameOrBothBlank } from "./checks.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

/** 204: a child's ethnic origin is the one last year's return recorded. */
export const r204 = /* @__PURE__ */ defineRule({
  code: "204",
  check: (data) => {
    const [now, before] = [data.table("header").column("ETHNIC"), data.table("header_last").column("ETHNIC")];
    return { header: headerChangedSinceLastYear(data, (row, last) => !sameOrBothBlank(now[row], before[last])) };
  },
});
