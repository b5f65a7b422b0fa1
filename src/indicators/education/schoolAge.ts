import { type Day, addDays, ageAt, dayFromYmd, ymdFromDay } from "../../dates/day.js";

export type YearGroups = "reception-to-11" | "reception-to-13";

/** The most recent 1 September on or before `on`: the start of the school year containing it. */
export function schoolYearStart(on: Day): Day {
  const { year, month } = ymdFromDay(on);
  return dayFromYmd(month >= 9 ? year : year - 1, 9, 1);
}

/**
 * School age at R (indicators.md §1.3): aged 4 to 15 on the 31 August before the school year
 * containing R (Reception to Year 11); `reception-to-13` extends it to 17 (Year 13).
 */
export function isOfSchoolAge(dateOfBirth: Day, asAt: Day, yearGroups: YearGroups = "reception-to-11"): boolean {
  const age = ageAt(dateOfBirth, schoolAgeDay(asAt));
  return age >= SCHOOL_AGES.from && age < SCHOOL_AGES.before[yearGroups];
}

/** School age is reached on the 4th birthday and left on the 16th (the 18th for `reception-to-13`). */
export const SCHOOL_AGES = { from: 4, before: { "reception-to-11": 16, "reception-to-13": 18 } } as const;

/** The day school age is judged on for R: the 31 August before the school year containing R. */
export function schoolAgeDay(asAt: Day): Day {
  return addDays(schoolYearStart(asAt), -1);
}
