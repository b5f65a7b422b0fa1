import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 524: adopters whose legal status is L12 are coded MM or FF (blank fails). */
export const r524 = /* @__PURE__ */ defineRule({
  code: "524",
  scope: "row",
  check: (data) => ({ ad1: whenThenOneOf(data.table("ad1"), "LS_ADOPTR", codes("L12"), "SEX_ADOPTR", codes("MM", "FF")) }),
});
