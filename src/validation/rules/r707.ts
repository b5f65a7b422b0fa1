import { defineRule, rowsWhere } from "../defineRule.js";
import { outsideEveryPeriod, periodsOfCare } from "./periodsOfCare.js";

/** 707 (from 2026-27): a DoLO lies within one of the child's periods of care; one still open after care ended fails. */
export const r707 = /* @__PURE__ */ defineRule({
  code: "707",
  since: "2026-27",
  check: (data) => {
    const [episodes, dolo] = [data.table("episodes"), data.table("DoLo")];
    const periods = periodsOfCare(episodes);
    const [start, end] = [dolo.dates("DOLO_START"), dolo.dates("DOLO_END")];
    return {
      DoLo: rowsWhere(dolo, (row) => {
        const child = periods.get(dolo.childOf(row) ?? "");
        return start[row] !== null && child !== undefined && outsideEveryPeriod(child, start[row]!, end[row] ?? null);
      }),
    };
  },
});
