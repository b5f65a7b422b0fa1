import { defineRule } from "../defineRule.js";
import { givenTogether } from "./checks.js";

/** 151: the adoption items of AD1 are all given or all blank. */
export const r151 = /* @__PURE__ */ defineRule({
  code: "151",
  scope: "row",
  check: (data) => ({ ad1: givenTogether(data.table("ad1"), ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]) }),
});
