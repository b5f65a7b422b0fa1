import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 193: no substance misuse problem (0 or blank) has both intervention items blank. */
export const r193 = /* @__PURE__ */ defineRule({
  code: "193",
  scope: "row",
  check: (data) => ({ oc2: rowsWhereValues(data.table("oc2"), ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"], (misuse, received, offered) => (misuse === null || misuse === "0") && (received !== null || offered !== null)) }),
});
