import { defineRule, rowsWhere } from "../defineRule.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

/** 198: a child not looked after continuously for 12 months at 31 March has no reason for a missing SDQ score. */
export const r198 = /* @__PURE__ */ defineRule({
  code: "198",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const reason = oc2.column("SDQ_REASON");
    return { oc2: rowsWhere(oc2, (row) => reason[row] !== null && !cohort.has(oc2.childOf(row) ?? "")) };
  },
});
