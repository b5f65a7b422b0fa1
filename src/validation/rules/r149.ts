import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("REC");

/** 149: REC is one of the DfE's codes (blank passes). */
export const r149 = /* @__PURE__ */ defineRule({
  code: "149",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "REC", VALID, "passes") }),
});
