import type { RuleData } from "../defineRule.js";
import { leftJoinedByChild } from "./checks.js";

/**
 * Header rows of children also in last year's header for which `differs(row, lastRow)` holds
 * with some row of last year's (202–208, 624, 626: what a child's header says does not change
 * from one return to the next).
 */
export function headerChangedSinceLastYear(data: RuleData, differs: (row: number, lastRow: number) => boolean): number[] {
  return leftJoinedByChild(data.table("header"), data.table("header_last"), (row, lastRow) => lastRow !== null && differs(row, lastRow));
}
