import { defineRule, rowsWhere } from "../defineRule.js";

/** 702 (from 2026-27): a DoLO ends after the day it started (ending the same day fails, as the DfE's tool reads it). */
export const r702 = /* @__PURE__ */ defineRule({
  code: "702",
  since: "2026-27",
  scope: "row",
  check: (data) => {
    const dolo = data.table("DoLo");
    const start = dolo.dates("DOLO_START");
    const end = dolo.dates("DOLO_END");
    return { DoLo: rowsWhere(dolo, (row) => start[row] !== null && end[row] !== null && end[row]! <= start[row]!) };
  },
});
