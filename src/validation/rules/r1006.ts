import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("M", "A");

/** 1006: MISSING is one of the DfE's codes (blank passes). */
export const r1006 = /* @__PURE__ */ defineRule({
  code: "1006",
  scope: "row",
  check: (data) => ({ missing: notOneOf(data.table("missing"), "MISSING", VALID, "passes") }),
});
