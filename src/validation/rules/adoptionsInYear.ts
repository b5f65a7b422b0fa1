import type { RuleData } from "../defineRule.js";
import { rowsWhere } from "../defineRule.js";

/** AD1's adoption items, all given for a child adopted in the year. */
export const ADOPTION_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"] as const;

/** Episodes that ended in adoption (REC E11, E12) within the collection year. */
export function adoptionsInYear(data: RuleData): number[] {
  const episodes = data.table("episodes");
  const [dec, rec] = [episodes.dates("DEC"), episodes.column("REC")];
  return rowsWhere(episodes, (row) => (rec[row] === "E11" || rec[row] === "E12") && dec[row] !== null && dec[row]! >= data.collectionStart && dec[row]! <= data.collectionEnd);
}
