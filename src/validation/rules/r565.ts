import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 565: a missing row with a start date says whether the child was missing or away (MISSING). */
export const r565 = /* @__PURE__ */ defineRule({
  code: "565",
  scope: "row",
  check: (data) => ({ missing: rowsWhereValues(data.table("missing"), ["MISSING", "MIS_START"], (missing, start) => start !== null && missing === null) }),
});
