import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("0", "1");

/** 114: FOSTER_CARE is one of the DfE's codes (blank passes). */
export const r114 = /* @__PURE__ */ defineRule({
  code: "114",
  scope: "row",
  check: (data) => ({ ad1: notOneOf(data.table("ad1"), "FOSTER_CARE", VALID, "passes") }),
});
