import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 517: adopters whose legal status is L3 are coded MF (blank fails). */
export const r517 = /* @__PURE__ */ defineRule({
  code: "517",
  scope: "row",
  check: (data) => ({ ad1: whenThenOneOf(data.table("ad1"), "LS_ADOPTR", codes("L3"), "SEX_ADOPTR", codes("MF")) }),
});
