import type { RuleData } from "../defineRule.js";
import { rowsWhere } from "../defineRule.js";

/**
 * Header rows of children also in last year's header for which `differs(row, lastRow)` holds
 * with some row of last year's (202–208, 624, 626: what a child's header says does not change
 * from one return to the next).
 */
export function headerChangedSinceLastYear(data: RuleData, differs: (row: number, lastRow: number) => boolean): number[] {
  const [header, last] = [data.table("header"), data.table("header_last")];
  const lastByChild = last.byChild();
  const child = header.column("CHILD");
  return rowsWhere(header, (row) => (lastByChild.get(child[row] ?? "") ?? []).some((lastRow) => differs(row, lastRow)));
}
