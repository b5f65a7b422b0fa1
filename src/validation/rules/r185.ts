import { defineRule, rowsWhere } from "../defineRule.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

/** 185: a child not looked after continuously for 12 months at 31 March has no SDQ score. */
export const r185 = /* @__PURE__ */ defineRule({
  code: "185",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const score = oc2.column("SDQ_SCORE");
    return { oc2: rowsWhere(oc2, (row) => score[row] !== null && !cohort.has(oc2.childOf(row) ?? "")) };
  },
});
