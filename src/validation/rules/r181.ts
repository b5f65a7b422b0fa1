import { defineRule, rowsWhere } from "../defineRule.js";

const FLAGS = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];

/** 181: each OC2 outcome item, when given, is 0 or 1. */
export const r181 = /* @__PURE__ */ defineRule({
  code: "181",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const columns = FLAGS.map((name) => oc2.column(name));
    return { oc2: rowsWhere(oc2, (row) => columns.some((values) => values[row] !== null && values[row] !== "0" && values[row] !== "1")) };
  },
});
