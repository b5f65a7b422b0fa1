import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/**
 * 635: a row with the date or council of a previous permanence order (DATE_PERM, LA_PERM) gives
 * the option (PREV_PERM). The DfE's message speaks of Z1; its tool, like this rule, fails a blank
 * option (docs/validation.md).
 */
export const r635 = /* @__PURE__ */ defineRule({
  code: "635",
  scope: "row",
  check: (data) => ({
    previous_permanence: rowsWhereValues(data.table("previous_permanence"), ["LA_PERM", "DATE_PERM", "PREV_PERM"], (la, date, option) => (la !== null || date !== null) && option === null),
  }),
});
