import { defineRule, rowsWhere } from "../defineRule.js";

/** 159: a misuse problem without an intervention received (0) has INTERVENTION_OFFERED given. */
export const r159 = /* @__PURE__ */ defineRule({
  code: "159",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const misuse = oc2.column("SUBSTANCE_MISUSE");
    const received = oc2.column("INTERVENTION_RECEIVED");
    const offered = oc2.column("INTERVENTION_OFFERED");
    return { oc2: rowsWhere(oc2, (row) => misuse[row] === "1" && received[row] === "0" && offered[row] === null) };
  },
});
