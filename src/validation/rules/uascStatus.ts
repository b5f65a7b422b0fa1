import { type RuleData, dataView } from "../defineRule.js";
import type { RuleTable } from "../ruleTable.js";

/**
 * A year's UASC status as the DfE reads it. The DfE's XML return carries a UASC item in the
 * header; a CSV header has no such column, and the DfE's tool then derives it:
 *
 * - a header with a UASC column: that column (as in the XML);
 * - a header without one, and a UASC table: every header row is `1` when the UASC table lists
 *   its child, else `0`;
 * - the UASC table alone: each of its rows stands for the header, `1` when any column other
 *   than `ignored` holds a value, else `0`.
 *
 * Null when neither table gives a status (the rules that need one then flag nothing). The
 * DfE's tool overwrites a UASC column a CSV header carries; we read it (docs/validation.md).
 */
export interface UascStatus {
  /** The rows the status belongs to: the header's, or the UASC table's when there is no header. */
  table: RuleTable;
  /** Per row of `table`: `1`, `0`, another code as given, or null when blank. */
  status: readonly (string | null)[];
}

export function uascStatus(data: RuleData, year: "this" | "last", ignored: readonly string[]): UascStatus | null {
  const header = data.tableOrNull(year === "this" ? "header" : "header_last");
  const uasc = data.tableOrNull(year === "this" ? "uasc" : "uasc_last");
  if (header !== null && header.has("UASC")) return { table: header, status: header.column("UASC") };
  if (header !== null && uasc !== null) {
    const listed = uasc.byChild();
    return { table: header, status: header.column("CHILD").map((child) => (child !== null && listed.has(child) ? "1" : "0")) };
  }
  if (header !== null) return null;
  if (uasc === null) return null;
  const given = uasc.columns.filter((column) => !ignored.includes(column)).map((column) => uasc.column(column));
  return { table: uasc, status: Array.from({ length: uasc.rowCount }, (_, row) => (given.some((values) => values[row] !== null) ? "1" : "0")) };
}

/** The children whose status is `1` in this year's or last year's return; null when neither year gives a status. */
export function uascThisOrLastYear(data: RuleData): ReadonlySet<string> | null {
  return data.derived(UASC_THIS_OR_LAST_YEAR);
}

/** Built once for the rules that leave UASC children out or in (164, 392a, 406). */
const UASC_THIS_OR_LAST_YEAR = /* @__PURE__ */ dataView((data): ReadonlySet<string> | null => {
  const years = [uascStatus(data, "this", ["CHILD"]), uascStatus(data, "last", ["CHILD"])].filter((year) => year !== null);
  if (years.length === 0) return null;
  const children = new Set<string>();
  for (const { table, status } of years) {
    status.forEach((code, row) => {
      const child = table.childOf(row);
      if (code === "1" && child !== null) children.add(child);
    });
  }
  return children;
});
