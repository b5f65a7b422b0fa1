import { defineRule } from "../defineRule.js";
import { rowsByChildInOrder } from "./checks.js";

/** 576: a missing period left open in last year's return is this year's first missing period (the same start). */
export const r576 = /* @__PURE__ */ defineRule({
  code: "576",
  check: (data) => {
    const [missing, last] = [data.table("missing"), data.table("missing_last")];
    const start = missing.dates("MIS_START");
    const [lastStart, lastEnd] = [last.dates("MIS_START"), last.column("MIS_END")];
    const lastByChild = last.byChild();
    const flagged: number[] = [];
    for (const rows of rowsByChildInOrder(missing, ["MIS_START"])) {
      const first = rows[0]!;
      const openLastYear = (lastByChild.get(missing.childOf(first)!) ?? []).filter((l) => lastEnd[l] === null && lastStart[l] !== null);
      if (openLastYear.some((l) => lastStart[l] !== start[first])) flagged.push(first);
    }
    return { missing: flagged };
  },
});
