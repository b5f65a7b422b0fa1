import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

const OC2_ITEMS = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];

/** 190: a child not looked after continuously for 12 months at 31 March has none of the OC2 items. */
export const r190 = /* @__PURE__ */ defineRule({
  code: "190",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    return { oc2: rowsWhereValues(data.table("oc2"), ["CHILD", ...OC2_ITEMS], (child, ...items) => !cohort.has(child ?? "") && items.some((item) => item !== null)) };
  },
});
