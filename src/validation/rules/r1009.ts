import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");

/** 1009: REASON_PLACE_CHANGE is one of the DfE's codes (blank passes). */
export const r1009 = /* @__PURE__ */ defineRule({
  code: "1009",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "REASON_PLACE_CHANGE", VALID, "passes") }),
});
