import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("CIN");

/** 145: CIN is one of the DfE's codes (blank passes). */
export const r145 = /* @__PURE__ */ defineRule({
  code: "145",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "CIN", VALID, "passes") }),
});
