import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

/** 196: SDQ_REASON is one of the DfE's codes (blank passes). */
export const r196 = /* @__PURE__ */ defineRule({
  code: "196",
  scope: "row",
  check: (data) => ({ oc2: notOneOf(data.table("oc2"), "SDQ_REASON", VALID, "passes") }),
});
