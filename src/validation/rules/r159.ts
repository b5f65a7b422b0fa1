import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 159: a misuse problem without an intervention received (0) has INTERVENTION_OFFERED given. */
export const r159 = /* @__PURE__ */ defineRule({
  code: "159",
  scope: "row",
  check: (data) => ({ oc2: rowsWhereValues(data.table("oc2"), ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"], (misuse, received, offered) => misuse === "1" && received === "0" && offered === null) }),
});
