import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 514: a single adopter (L0) is coded M1 or F1 (blank fails). */
export const r514 = /* @__PURE__ */ defineRule({
  code: "514",
  scope: "row",
  check: (data) => ({ ad1: whenThenOneOf(data.table("ad1"), "LS_ADOPTR", codes("L0"), "SEX_ADOPTR", codes("M1", "F1")) }),
});
