import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 1005: MIS_END, when given, is a DD/MM/YYYY date (an open missing episode has none). */
export const r1005 = /* @__PURE__ */ defineRule({
  code: "1005",
  scope: "row",
  check: (data) => ({ missing: invalidDates(data.table("missing"), "MIS_END") }),
});
