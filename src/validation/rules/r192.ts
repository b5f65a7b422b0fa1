import { defineRule, rowsWhere } from "../defineRule.js";

/** 192: a substance misuse problem (1) has INTERVENTION_RECEIVED given. */
export const r192 = /* @__PURE__ */ defineRule({
  code: "192",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const misuse = oc2.column("SUBSTANCE_MISUSE");
    const received = oc2.column("INTERVENTION_RECEIVED");
    const offered = oc2.column("INTERVENTION_OFFERED");
    return { oc2: rowsWhere(oc2, (row) => misuse[row] === "1" && received[row] === null) };
  },
});
