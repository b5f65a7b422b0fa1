import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 113: DATE_MATCH (date matched with adopters), when given, is a DD/MM/YYYY date. */
export const r113 = /* @__PURE__ */ defineRule({
  code: "113",
  scope: "row",
  check: (data) => ({ ad1: invalidDates(data.table("ad1"), "DATE_MATCH") }),
});
