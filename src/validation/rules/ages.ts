import { type Day, addMonths } from "../../dates/day.js";
import { rowsWhere } from "../defineRule.js";
import type { RuleTable } from "../ruleTable.js";

/*
 * Rules that hold an item against the child's age: the age is DOB plus whole years, as the
 * DfE's tool adds them (29 February + 1 year = 28 February); a DOB that is not a DD/MM/YYYY
 * date flags nothing.
 */

/** The day a child born on `dob` turns `years`. */
export const birthday = (dob: Day, years: number): Day => addMonths(dob, 12 * years);

/** A child's birthday as the header gives it (`years` after DOB), or null when the header row is missing or its DOB is not a date. */
export function headerBirthday(header: RuleTable, years: number): (row: number | null) => Day | null {
  const dob = header.dates("DOB");
  return (row) => {
    const born = row === null ? null : (dob[row] ?? null);
    return born === null ? null : birthday(born, years);
  };
}

/** OC2 rows with an SDQ score or reason whose DOB meets `outOfAge`. */
export function sdqGivenWhen(oc2: RuleTable, outOfAge: (dob: Day) => boolean): number[] {
  const dob = oc2.dates("DOB");
  const score = oc2.column("SDQ_SCORE");
  const reason = oc2.column("SDQ_REASON");
  return rowsWhere(oc2, (row) => dob[row] !== null && outOfAge(dob[row]!) && (score[row] !== null || reason[row] !== null));
}

/** Review rows with a participation code in `codes` whose review date and DOB meet `wrongAge`. */
export function participationWhen(reviews: RuleTable, codes: ReadonlySet<string>, wrongAge: (held: Day, dob: Day) => boolean): number[] {
  const dob = reviews.dates("DOB");
  const held = reviews.dates("REVIEW");
  const participation = reviews.column("REVIEW_CODE");
  return rowsWhere(reviews, (row) => dob[row] !== null && held[row] !== null && codes.has(participation[row] ?? "") && wrongAge(held[row]!, dob[row]!));
}
