import { defineRule, rowsWhere } from "../defineRule.js";

/** 193: no substance misuse problem (0 or blank) has both intervention items blank. */
export const r193 = /* @__PURE__ */ defineRule({
  code: "193",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const misuse = oc2.column("SUBSTANCE_MISUSE");
    const received = oc2.column("INTERVENTION_RECEIVED");
    const offered = oc2.column("INTERVENTION_OFFERED");
    return { oc2: rowsWhere(oc2, (row) => (misuse[row] === null || misuse[row] === "0") && (received[row] !== null || offered[row] !== null)) };
  },
});
