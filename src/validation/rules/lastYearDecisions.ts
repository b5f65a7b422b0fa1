import type { RuleData } from "../defineRule.js";
import { leftJoinedByChild } from "./checks.js";

/** This year's decisions to place for adoption for which `fails(row, lastRow)` holds with some decision of the child's last year (or with null when there is none). */
export function decisionsAgainstLastYear(data: RuleData, fails: (row: number, lastRow: number | null) => boolean): number[] {
  return leftJoinedByChild(data.table("placed_for_adoption"), data.table("placed_for_adoption_last"), fails);
}
