import { defineRule, rowsWhere } from "../defineRule.js";

/** 700 (from 2026-27): DOLO_START is a DD/MM/YYYY date (blank fails). */
export const r700 = /* @__PURE__ */ defineRule({
  code: "700",
  since: "2026-27",
  scope: "row",
  check: (data) => {
    const dolo = data.table("DoLo");
    const start = dolo.dates("DOLO_START");
    return { DoLo: rowsWhere(dolo, (row) => start[row] === null) };
  },
});
