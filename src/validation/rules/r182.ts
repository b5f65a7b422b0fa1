import { defineRule, rowsWhere } from "../defineRule.js";

/** 182: when any of CONVICTED, HEALTH_CHECK and the intervention items is given, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE are all given. */
export const r182 = /* @__PURE__ */ defineRule({
  code: "182",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const required = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"].map((name) => oc2.column(name));
    const others = ["CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"].map((name) => oc2.column(name));
    return { oc2: rowsWhere(oc2, (row) => required.some((values) => values[row] === null) && others.some((values) => values[row] !== null)) };
  },
});
