import { defineRule, rowsWhere } from "../defineRule.js";
import { periodsOfCare } from "./periodsOfCare.js";

/**
 * 577: a missing period lies within one of the child's periods of care: it fails when, for every
 * period, it is still open though the period ended, open and begun before the period, or ended
 * after or before the period. A child with no period is not checked, as the DfE's tool reads it.
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
        if (start[row] === null || child === undefined) return false;
        const [from, to] = [start[row]!, end[row] ?? null];
        return child.every(
          (period) =>
            (to === null && period.end !== null) || (to === null && from < period.start) || (to !== null && period.end !== null && to > period.end) || (to !== null && to < period.start),
        );
      }),
    };
  },
});
