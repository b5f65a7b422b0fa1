import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 115: DATE_PLACED (date of the decision to place for adoption), when given, is a DD/MM/YYYY date. */
export const r115 = /* @__PURE__ */ defineRule({
  code: "115",
  scope: "row",
  check: (data) => ({ placed_for_adoption: invalidDates(data.table("placed_for_adoption"), "DATE_PLACED") }),
});
