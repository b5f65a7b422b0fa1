import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("REASON_PLACE_CHANGE");

/** 1009: REASON_PLACE_CHANGE is one of the DfE's codes (blank passes). */
export const r1009 = /* @__PURE__ */ defineRule({
  code: "1009",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "REASON_PLACE_CHANGE", VALID, "passes") }),
});
