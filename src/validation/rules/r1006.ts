import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("MISSING");

/** 1006: MISSING is one of the DfE's codes (blank passes). */
export const r1006 = /* @__PURE__ */ defineRule({
  code: "1006",
  scope: "row",
  check: (data) => ({ missing: notOneOf(data.table("missing"), "MISSING", VALID, "passes") }),
});
