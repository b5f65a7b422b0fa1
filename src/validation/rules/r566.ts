import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 566: a missing row with an end date says whether the child was missing or away (MISSING). */
export const r566 = /* @__PURE__ */ defineRule({
  code: "566",
  scope: "row",
  check: (data) => ({ missing: rowsWhereValues(data.table("missing"), ["MISSING", "MIS_END"], (missing, end) => end !== null && missing === null) }),
});
