import { defineRule } from "../defineRule.js";
import { dateAfter } from "./checks.js";

/** 522: the decision to place for adoption is not after the decision that ended it. */
export const r522 = /* @__PURE__ */ defineRule({
  code: "522",
  scope: "row",
  check: (data) => ({ placed_for_adoption: dateAfter(data.table("placed_for_adoption"), "DATE_PLACED", "DATE_PLACED_CEASED") }),
});
