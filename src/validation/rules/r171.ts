import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 171: MC_DOB, when given, is a DD/MM/YYYY date. */
export const r171 = /* @__PURE__ */ defineRule({
  code: "171",
  scope: "row",
  check: (data) => ({ header: invalidDates(data.table("header"), "MC_DOB") }),
});
