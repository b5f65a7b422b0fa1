import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3");

/** 144: LS is one of the DfE's codes (blank passes). */
export const r144 = /* @__PURE__ */ defineRule({
  code: "144",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "LS", VALID, "passes") }),
});
