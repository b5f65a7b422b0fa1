import type { RuleData } from "../defineRule.js";
import { rowsWhere } from "../defineRule.js";

/** This year's decisions to place for adoption for which `fails(row, lastRow)` holds with some decision of the child's last year (or with null when there is none). */
export function decisionsAgainstLastYear(data: RuleData, fails: (row: number, lastRow: number | null) => boolean): number[] {
  const [now, last] = [data.table("placed_for_adoption"), data.table("placed_for_adoption_last")];
  const lastByChild = last.byChild();
  const child = now.column("CHILD");
  return rowsWhere(now, (row) => {
    const lastRows = child[row] === null ? [] : (lastByChild.get(child[row]!) ?? []);
    return (lastRows.length === 0 ? [null] : lastRows).some((lastRow) => fails(row, lastRow));
  });
}
