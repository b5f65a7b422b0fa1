import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

const VALID = /* @__PURE__ */ listCodes("LS");

/** 144: LS is one of the DfE's codes (blank passes). */
export const r144 = /* @__PURE__ */ defineRule({
  code: "144",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "LS", VALID, "passes") }),
});
