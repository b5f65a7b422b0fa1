import type { BankHolidayCalendar } from "../../dates/bankHolidays.js";
import { type Day, addMonths } from "../../dates/day.js";
import type { ReportingPeriod } from "../../dates/periods.js";
import { type EpisodeColumns, SHORT_BREAK } from "../../history/episodeColumns.js";
import { isShortBreak } from "../../history/episodeOrder.js";
import type { PeriodOfCare } from "../../history/periodsOfCare.js";
import { ColumnBuilder } from "../../numbers/typedColumns.js";

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
  const builder = new ReviewChainsBuilder();
  const chain = builder.add(period, reviews, calendar);
  const items: ReviewItem[] = [];
  builder.finish().visitItemsAt(chain, asAt, (due, held) => {
    items.push({ period: period.index, due, held, onTime: isOnTime(due, held) });
  });
  return items;
}

/** An item is on time when its review was held on or before its due date (a missed item never is). */
export function isOnTime(due: Day, held: Day | null): boolean {
  return held !== null && held <= due;
}

/**
 * The schedules of `periodReviewItems` for many periods, each worked out for every R at once
 * and kept in flat number arrays. R only cuts a schedule short: the items at R are the held
 * reviews dated on or before the limit, then at most one missed item. Built once per run, then
 * read at every as-at date of a series without touching a period or item object.
 */
export class ReviewChainsBuilder {
  /** Per chain: its period's end (Infinity while open), its first item, and the due date after its last review. */
  private readonly end = new ColumnBuilder(Float64Array);
  private readonly first = new ColumnBuilder(Int32Array);
  private readonly dueAfterLast = new ColumnBuilder(Float64Array);
  /** Per item: every review dated in its period (s ≤ date, and ≤ the end when closed), and its due date. */
  private readonly held = new ColumnBuilder(Float64Array);
  private readonly due = new ColumnBuilder(Float64Array);

  constructor() {
    this.first.push(0);
  }

  /** Adds the chain of one period; returns its number. `reviews` must be ascending and distinct. */
  add(period: Pick<PeriodOfCare, "start" | "end">, reviews: readonly Day[], calendar: BankHolidayCalendar): number {
    const end = period.end ?? Infinity;
    let due = calendar.addWorkingDays(period.start as Day, FIRST_REVIEW_WORKING_DAYS);
    let heldCount = 0;
    for (let k = 0; k < reviews.length; k += 1) {
      const date = reviews[k]!;
      if (date < period.start || date > end) continue;
      this.held.push(date);
      this.due.push(due);
      heldCount += 1;
      due = addMonths(date, heldCount === 1 ? SECOND_REVIEW_MONTHS : LATER_REVIEW_MONTHS);
    }
    this.end.push(end);
    this.dueAfterLast.push(due);
    this.first.push(this.held.length);
    return this.end.length - 1;
  }

  get count(): number {
    return this.end.length;
  }

  /** The latest day an item of the chain can be dated (due or held) at any R. */
  latestItemDay(chain: number): number {
    let latest = Math.max(this.end.at(chain), this.dueAfterLast.at(chain));
    for (let k = this.first.at(chain); k < this.first.at(chain + 1); k += 1) latest = Math.max(latest, this.due.at(k));
    return latest;
  }

  /** The chains added, in columns at their size. */
  finish(): ReviewChains {
    return new ReviewChains(this.end.finish(), this.first.finish(), this.dueAfterLast.finish(), this.held.finish(), this.due.finish());
  }
}

/** The chains of `ReviewChainsBuilder`, read at any R (chain c's items are first[c] … first[c + 1] − 1). */
export class ReviewChains {
  constructor(
    private readonly end: Float64Array,
    private readonly first: Int32Array,
    private readonly dueAfterLast: Float64Array,
    private readonly held: Float64Array,
    private readonly due: Float64Array,
  ) {}

  /**
   * The items of a chain at R in date order, each as (due, held; null for the missed item).
   * Held items dated and due before `from` are skipped: due and held dates both rise along a
   * chain, so they are a leading run, and in no window that starts at `from`.
   */
  visitItemsAt(chain: number, asAt: Day, visit: (due: Day, held: Day | null) => void, from = -Infinity): void {
    const { held, due } = this;
    const limit = Math.min(asAt, this.end[chain]!);
    const last = this.first[chain + 1]!;
    let k = this.first[chain]!;
    while (k < last && held[k]! <= limit && held[k]! < from && due[k]! < from) k += 1;
    for (; k < last && held[k]! <= limit; k += 1) visit(due[k]! as Day, held[k]! as Day);
    const next = k < last ? due[k]! : this.dueAfterLast[chain]!;
    if (next <= limit) visit(next as Day, null);
  }
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

/**
 * Periods made only of short-break episodes and periods starting after W1 have no schedule.
 * Episodes starting after W1 (= R) are ignored (§1.2), so a period that is still only short
 * breaks at R has none either, even if its status changes later.
 */
export function hasReviewSchedule(period: PeriodOfCare, window: ReportingPeriod): boolean {
  return firstCareDay(period) <= window.end;
}

/** The earliest DECOM of a non-short-break episode of the period (Infinity when there is none). */
export function firstCareDay(period: PeriodOfCare): number {
  let first = Infinity;
  for (const e of period.episodes) if (!isShortBreak(e) && e.start < first) first = e.start;
  return first;
}

/**
 * `firstCareDay` read off a history's rows, for the schedules of every child at once: the
 * child's period `period`, whose first and last rows are `head` and `tail`.
 */
export function firstCareDayOfRows(columns: EpisodeColumns, period: number, head: number, tail: number): number {
  let first = Infinity;
  for (let row = head; row <= tail; row += 1) {
    if (columns.period[row] === period && !columns.is(row, SHORT_BREAK) && columns.start[row]! < first) first = columns.start[row]!;
  }
  return first;
}

/**
 * Whether an item belongs to [W0, W1]: by due date (`reviewsWindowBy: "due"`, default), or
 * by the review date (`"held"`; a missed item by its due date).
 */
export function isItemInWindow(item: ReviewItem, window: ReportingPeriod, windowBy: "due" | "held"): boolean {
  return isDueOrHeldInWindow(item.due, item.held, window, windowBy);
}

/** `isItemInWindow` of the item (due, held). */
export function isDueOrHeldInWindow(due: Day, held: Day | null, window: ReportingPeriod, windowBy: "due" | "held"): boolean {
  const day = windowBy === "held" && held !== null ? held : due;
  return day >= window.start && day <= window.end;
}
