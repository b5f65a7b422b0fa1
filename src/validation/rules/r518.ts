import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 518: adopters whose legal status is L4 are coded MM or FF (blank fails). */
export const r518 = /* @__PURE__ */ defineRule({
  code: "518",
  scope: "row",
  check: (data) => ({ ad1: whenThenOneOf(data.table("ad1"), "LS_ADOPTR", codes("L4"), "SEX_ADOPTR", codes("MM", "FF")) }),
});
