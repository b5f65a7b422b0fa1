import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 158: an intervention received (1) leaves INTERVENTION_OFFERED blank. */
export const r158 = /* @__PURE__ */ defineRule({
  code: "158",
  scope: "row",
  check: (data) => ({ oc2: rowsWhereValues(data.table("oc2"), ["INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"], (received, offered) => received === "1" && offered !== null) }),
});
