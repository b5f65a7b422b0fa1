import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("L0", "L11", "L12", "L2", "L3", "L4");

/** 177: LS_ADOPTR is one of the DfE's codes (blank passes). */
export const r177 = /* @__PURE__ */ defineRule({
  code: "177",
  scope: "row",
  check: (data) => ({ ad1: notOneOf(data.table("ad1"), "LS_ADOPTR", VALID, "passes") }),
});
