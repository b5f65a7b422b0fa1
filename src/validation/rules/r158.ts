import { defineRule, rowsWhere } from "../defineRule.js";

/** 158: an intervention received (1) leaves INTERVENTION_OFFERED blank. */
export const r158 = /* @__PURE__ */ defineRule({
  code: "158",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const misuse = oc2.column("SUBSTANCE_MISUSE");
    const received = oc2.column("INTERVENTION_RECEIVED");
    const offered = oc2.column("INTERVENTION_OFFERED");
    return { oc2: rowsWhere(oc2, (row) => received[row] === "1" && offered[row] !== null) };
  },
});
