import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("RNE");

/** 143: RNE is one of the DfE's codes (blank passes). */
export const r143 = /* @__PURE__ */ defineRule({
  code: "143",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "RNE", VALID, "passes") }),
});
