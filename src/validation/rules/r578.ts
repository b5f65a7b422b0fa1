import { defineRule, rowsWhere } from "../defineRule.js";
import { periodsOfCare } from "./periodsOfCare.js";

/** 578: a missing period starts within one of the child's periods of care (not before it began, nor after it ended). */
export const r578 = /* @__PURE__ */ defineRule({
  code: "578",
  check: (data) => {
    const [episodes, missing] = [data.table("episodes"), data.table("missing")];
    const periods = periodsOfCare(episodes);
    const start = missing.dates("MIS_START");
    return {
      missing: rowsWhere(missing, (row) => {
        const child = periods.get(missing.childOf(row) ?? "");
        if (start[row] === null || child === undefined) return false;
        return child.every((period) => start[row]! < period.start || (period.end !== null && start[row]! > period.end));
      }),
    };
  },
});
