import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 116: DATE_PLACED_CEASED (date of the decision no longer to place), when given, is a DD/MM/YYYY date. */
export const r116 = /* @__PURE__ */ defineRule({
  code: "116",
  scope: "row",
  check: (data) => ({ placed_for_adoption: invalidDates(data.table("placed_for_adoption"), "DATE_PLACED_CEASED") }),
});
