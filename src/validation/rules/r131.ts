import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("IN_TOUCH");

/** 131: IN_TOUCH is one of the DfE's codes (blank fails). */
export const r131 = /* @__PURE__ */ defineRule({
  code: "131",
  scope: "row",
  check: (data) => ({ oc3: notOneOf(data.table("oc3"), "IN_TOUCH", VALID, "fails") }),
});
