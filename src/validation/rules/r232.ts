import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 232 (from 2024-25): the child's sex is not reported as unknown (U). */
export const r232 = /* @__PURE__ */ defineRule({
  code: "232",
  since: "2024-25",
  scope: "row",
  check: (data) => ({ header: rowsWhereValues(data.table("header"), ["SEX"], (sex) => sex === "U") }),
});
