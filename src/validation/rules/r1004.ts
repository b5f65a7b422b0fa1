import { defineRule, rowsWhere } from "../defineRule.js";

/** 1004: MIS_START is a DD/MM/YYYY date (blank fails). */
export const r1004 = /* @__PURE__ */ defineRule({
  code: "1004",
  scope: "row",
  check: (data) => {
    const missing = data.table("missing");
    const start = missing.dates("MIS_START");
    return { missing: rowsWhere(missing, (row) => start[row] === null) };
  },
});
