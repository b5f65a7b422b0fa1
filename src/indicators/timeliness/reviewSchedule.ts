import type { BankHolidayCalendar } from "../../dates/bankHolidays.js";
import { type Day, addMonths } from "../../dates/day.js";
import type { ReportingPeriod } from "../../dates/periods.js";
import { addWorkingDaysMemo } from "../common.js";
import type { PeriodOfCare } from "../../history/periodsOfCare.js";

/** One due review of a period of care: held (on time when held ≤ due) or missed (held null, late). */
export interface ReviewItem {
  /** Index of the period of care among the child's periods. */
  period: number;
  due: Day;
  held: Day | null;
  onTime: boolean;
}

/** Working days from the start of care to the first review (CPPCR 2010 reg 33). */
export const FIRST_REVIEW_WORKING_DAYS = 20;
/** Months from the first review to the second, then between later reviews. */
export const SECOND_REVIEW_MONTHS = 3;
export const LATER_REVIEW_MONTHS = 6;

/**
 * The review schedule of one period of care (indicators.md §3.3). With s = period start and
 * limit = min(R, period end) (R when open): due₁ = addWorkingDays(s, 20); the reviews dated
 * s ≤ date ≤ limit are items in date order; each later due date is anchored on the review
 * actually held (3 months after the first, 6 after each later one). After the last review,
 * one missed item when the next due date ≤ limit: without a held review there is no anchor
 * for further dates. `reviews` must be ascending and distinct.
 */
export function periodReviewItems(period: PeriodOfCare, reviews: readonly Day[], asAt: Day, calendar: BankHolidayCalendar): ReviewItem[] {
  const start = period.start as Day;
  const limit = period.end === null ? asAt : (Math.min(asAt, period.end) as Day);
  const items: ReviewItem[] = [];
  let due = addWorkingDaysMemo(start, FIRST_REVIEW_WORKING_DAYS, calendar);
  for (const held of reviews) {
    if (held < start || held > limit) continue;
    items.push({ period: period.index, due, held, onTime: held <= due });
    due = addMonths(held, items.length === 1 ? SECOND_REVIEW_MONTHS : LATER_REVIEW_MONTHS);
  }
  if (due <= limit) items.push({ period: period.index, due, held: null, onTime: false });
  return items;
}

/**
 * Every review item of a child, period by period: periods made only of short-break episodes
 * (§1.7) and periods starting after W1 have no schedule. A review on a day that ends one
 * period and begins the next is an item of both.
 */
export function reviewSchedule(periods: readonly PeriodOfCare[], reviews: readonly Day[], asAt: Day, window: ReportingPeriod, calendar: BankHolidayCalendar): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const period of periods) {
    if (hasReviewSchedule(period, window)) items.push(...periodReviewItems(period, reviews, asAt, calendar));
  }
  return items;
}

/** Periods made only of short-break episodes and periods starting after W1 have no schedule. */
export function hasReviewSchedule(period: PeriodOfCare, window: ReportingPeriod): boolean {
  return !period.shortBreakOnly && period.start <= window.end;
}

/**
 * Whether an item belongs to [W0, W1]: by due date (`reviewsWindowBy: "due"`, default), or
 * by the review date (`"held"`; a missed item by its due date).
 */
export function isItemInWindow(item: ReviewItem, window: ReportingPeriod, windowBy: "due" | "held"): boolean {
  const day = windowBy === "held" && item.held !== null ? item.held : item.due;
  return day >= window.start && day <= window.end;
}
