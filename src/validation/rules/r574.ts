import { defineRule } from "../defineRule.js";

/**
 * 574: a child's missing periods do not overlap: in order of their end (the start for one still
 * open), then start, a period does not start while the one before it is open or before it ended.
 * Dates that are not DD/MM/YYYY sort last and count as open; ties are ordered by the rows' contents.
 */
export const r574 = /* @__PURE__ */ defineRule({
  code: "574",
  check: (data) => {
    const missing = data.table("missing");
    const start = missing.dates("MIS_START");
    const end = missing.dates("MIS_END");
    const last = Number.POSITIVE_INFINITY;
    const order = (a: number, b: number) => (end[a] ?? start[a] ?? last) - (end[b] ?? start[b] ?? last) || (start[a] ?? last) - (start[b] ?? last) || missing.compareContents(a, b);
    const flagged: number[] = [];
    for (const rows of missing.byChild().values()) {
      const sorted = [...rows].sort(order);
      for (let k = 1; k < sorted.length; k += 1) {
        const [before, row] = [sorted[k - 1]!, sorted[k]!];
        if (end[before] === null || (start[row] !== null && start[row]! < end[before]!)) flagged.push(row);
      }
    }
    return { missing: flagged };
  },
});
