import { defineRule, rowsWhere } from "../defineRule.js";

/** 1002: a care leaver in OC3 has episodes this year or last year. */
export const r1002 = /* @__PURE__ */ defineRule({
  code: "1002",
  check: (data) => {
    const [now, last] = [data.table("episodes").byChild(), data.table("episodes_last").byChild()];
    const oc3 = data.table("oc3");
    return { oc3: rowsWhere(oc3, (row) => !now.has(oc3.childOf(row) ?? "") && !last.has(oc3.childOf(row) ?? "")) };
  },
});
