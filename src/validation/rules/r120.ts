import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("REASON_PLACED_CEASED");

/** 120: REASON_PLACED_CEASED is one of the DfE's codes (blank passes). */
export const r120 = /* @__PURE__ */ defineRule({
  code: "120",
  scope: "row",
  check: (data) => ({ placed_for_adoption: notOneOf(data.table("placed_for_adoption"), "REASON_PLACED_CEASED", VALID, "passes") }),
});
