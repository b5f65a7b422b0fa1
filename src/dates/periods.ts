import { match } from "ts-pattern";
import { collectionYearEndOf, collectionYearStart } from "./collectionYear.js";
import { type Day, addDays, addMonths, firstDayOfMonth, isLastDayOfMonth, lastDayOfMonth } from "./day.js";

/** A closed window of days `[start, end]`: an event dated d is in it when start ≤ d ≤ end. */
export interface ReportingPeriod {
  start: Day;
  end: Day;
}

export type PeriodKind = "year" | "quarter" | "month" | "fytd";
export const PERIOD_KINDS: readonly PeriodKind[] = ["year", "quarter", "month", "fytd"];

/**
 * ws(R, n): the first day of the n-month lookback that ends on R (indicators.md §1.2).
 * At a month end it is n whole calendar months; otherwise addMonths(R, −n) + 1 day.
 */
export function lookbackStart(asAt: Day, months: number): Day {
  if (isLastDayOfMonth(asAt)) return firstDayOfMonth(addMonths(firstDayOfMonth(asAt), -(months - 1)));
  return addDays(addMonths(asAt, -months), 1);
}

/**
 * The reporting window `[W0, R]` for a `--period`.
 *
 * @example
 * ```ts
 * const period = reportingPeriod(dayFromIso("2019-01-31"), "quarter");
 * isoFromDay(period.start); // "2018-11-01"
 * ```
 */
export function reportingPeriod(asAt: Day, kind: PeriodKind): ReportingPeriod {
  const start = match(kind)
    .with("year", () => lookbackStart(asAt, 12))
    .with("quarter", () => lookbackStart(asAt, 3))
    .with("month", () => lookbackStart(asAt, 1))
    .with("fytd", () => collectionYearStart(collectionYearEndOf(asAt)))
    .exhaustive();
  return { start, end: asAt };
}

/** addMonths(R, −n), or that month's last day when R is a month end (interface.md §5). */
export function monthsEarlier(asAt: Day, months: number): Day {
  const earlier = addMonths(asAt, -months);
  return isLastDayOfMonth(asAt) ? lastDayOfMonth(earlier) : earlier;
}

export type TrendComparison = "previous-month" | "previous-period" | "previous-year";

/** R′, the as-at date the trend compares with (interface.md §5 "Previous"). */
export function previousAsAt(asAt: Day, kind: PeriodKind, compareWith: TrendComparison): Day {
  return match(compareWith)
    .with("previous-month", () => monthsEarlier(asAt, 1))
    .with("previous-year", () => monthsEarlier(asAt, 12))
    .with("previous-period", () => addDays(reportingPeriod(asAt, kind).start, -1))
    .exhaustive();
}

/** The 12 month-ends up to R, R last: R itself, then the previous months' ends (or same day). */
export function seriesAsAts(asAt: Day, points = 12): Day[] {
  const out: Day[] = [];
  for (let i = points - 1; i >= 0; i -= 1) out.push(monthsEarlier(asAt, i));
  return out;
}
