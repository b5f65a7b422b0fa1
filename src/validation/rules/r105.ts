import { defineRule } from "../defineRule.js";

/**
 * 105: the DfE checks UASC (0 or 1) only in XML returns, where the header carries it; a CSV
 * return has no UASC column in header.csv (uasc.csv holds the status), so the rule flags nothing.
 * Defined so that it is reported as run, not as missing.
 */
export const r105 = /* @__PURE__ */ defineRule({
  code: "105",
  scope: "row",
  check: () => ({}),
});
