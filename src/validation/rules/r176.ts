import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("M1", "F1", "MM", "FF", "MF");

/** 176: SEX_ADOPTR is one of the DfE's codes (blank passes). */
export const r176 = /* @__PURE__ */ defineRule({
  code: "176",
  scope: "row",
  check: (data) => ({ ad1: notOneOf(data.table("ad1"), "SEX_ADOPTR", VALID, "passes") }),
});
