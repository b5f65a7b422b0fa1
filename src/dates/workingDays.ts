import { type BankHolidayCalendar, defaultCalendar } from "./bankHolidays.js";
import { type Day, addDays } from "./day.js";

/**
 * Working days: Monday to Friday that are not England and Wales bank holidays
 * (indicators.md §1.4).
 */

/**
 * The n-th working day after `from` (n ≥ 0; `from` itself is day 0, whatever day it is).
 *
 * @example
 * ```ts
 * isoFromDay(addWorkingDays(dayFromIso("2018-12-21"), 5)); // "2019-01-02": Christmas, Boxing Day, weekends and New Year's Day skipped
 * ```
 */
export function addWorkingDays(from: Day, n: number, calendar: BankHolidayCalendar = defaultCalendar): Day {
  return calendar.addWorkingDays(from, n);
}

/**
 * The number of working days x with a < x ≤ b (0 when b ≤ a).
 *
 * @example
 * ```ts
 * workingDaysBetween(dayFromIso("2018-12-21"), dayFromIso("2019-01-04")); // 7
 * ```
 */
export function workingDaysBetween(a: Day, b: Day, calendar: BankHolidayCalendar = defaultCalendar): number {
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) count += 1;
  return count;
}
