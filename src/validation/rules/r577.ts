import { defineRule, rowsWhere } from "../defineRule.js";
import { outsideEveryPeriod, periodsOfCare } from "./periodsOfCare.js";

/**
 * 577: a missing period lies within one of the child's periods of care (a child with no period
 * is not checked, as the DfE's tool reads it).
 */
export const r577 = /* @__PURE__ */ defineRule({
  code: "577",
  check: (data) => {
    const [episodes, missing] = [data.table("episodes"), data.table("missing")];
    const periods = periodsOfCare(episodes);
    const [start, end] = [missing.dates("MIS_START"), missing.dates("MIS_END")];
    return {
      missing: rowsWhere(missing, (row) => {
        const child = periods.get(missing.childOf(row) ?? "");
        return start[row] !== null && child !== undefined && outsideEveryPeriod(child, start[row]!, end[row] ?? null);
      }),
    };
  },
});
