import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 112: DATE_INT (date the child should be placed for adoption), when given, is a DD/MM/YYYY date. */
export const r112 = /* @__PURE__ */ defineRule({
  code: "112",
  scope: "row",
  check: (data) => ({ ad1: invalidDates(data.table("ad1"), "DATE_INT") }),
});
