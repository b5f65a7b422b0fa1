import type { Day } from "../../dates/day.js";
import type { RuleTable } from "../ruleTable.js";
import { birthday } from "./ages.js";

/** A child's birthday as the header gives it (`years` after DOB), or null when the header row is missing or its DOB is not a date. */
export function headerBirthday(header: RuleTable, years: number): (row: number | null) => Day | null {
  const dob = header.dates("DOB");
  return (row) => {
    const born = row === null ? null : (dob[row] ?? null);
    return born === null ? null : birthday(born, years);
  };
}
