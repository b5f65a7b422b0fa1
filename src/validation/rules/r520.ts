import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 520: a different-sex married couple (L11) is coded MF (blank fails). */
export const r520 = /* @__PURE__ */ defineRule({
  code: "520",
  scope: "row",
  check: (data) => ({ ad1: whenThenOneOf(data.table("ad1"), "LS_ADOPTR", codes("L11"), "SEX_ADOPTR", codes("MF")) }),
});
