import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 519: a civil partnership couple (L2) is coded MM, FF or MF (blank fails). */
export const r519 = /* @__PURE__ */ defineRule({
  code: "519",
  scope: "row",
  check: (data) => ({ ad1: whenThenOneOf(data.table("ad1"), "LS_ADOPTR", codes("L2"), "SEX_ADOPTR", codes("MM", "FF", "MF")) }),
});
