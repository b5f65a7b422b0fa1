import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("1", "2");

/** 175: NB_ADOPTR is one of the DfE's codes (blank passes). */
export const r175 = /* @__PURE__ */ defineRule({
  code: "175",
  scope: "row",
  check: (data) => ({ ad1: notOneOf(data.table("ad1"), "NB_ADOPTR", VALID, "passes") }),
});
