import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 192: a substance misuse problem (1) has INTERVENTION_RECEIVED given. */
export const r192 = /* @__PURE__ */ defineRule({
  code: "192",
  scope: "row",
  check: (data) => ({ oc2: rowsWhereValues(data.table("oc2"), ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"], (misuse, received) => misuse === "1" && received === null) }),
});
