import type { BankHolidayCalendar } from "../../dates/bankHolidays.js";
import type { Day } from "../../dates/day.js";
import { overlaps } from "../../history/episodeOrder.js";
import type { ChildHistory } from "../../history/historyIndex.js";
import type { PeriodOfCare } from "../../history/periodsOfCare.js";
import { isExcludedAsUasc, missingTables } from "../common.js";
import { type Exclusion, type IndicatorContext, defineIndicator, sortedIds } from "../types.js";
import { type ReviewItem, hasReviewSchedule, isItemInWindow, periodReviewItems } from "./reviewSchedule.js";

/**
 * A child's review items in the window [W0, W1] under the context's options: the items of
 * `reviewSchedule`, period by period.
 */
export function reviewItemsInWindow(context: IndicatorContext, history: ChildHistory): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const period of history.periods) {
    if (!hasReviewSchedule(period, context.period)) continue;
    for (const item of itemsOfPeriod(context, period, history.child.reviews)) {
      if (isItemInWindow(item, context.period, context.options.reviewsWindowBy)) items.push(item);
    }
  }
  return items;
}

/**
 * Items of a period that ended on or before R do not depend on R (their limit is the period's
 * end): worked out once per period and calendar, not again at every as-at date of a series.
 */
const closedPeriodItems = new WeakMap<PeriodOfCare, { calendar: BankHolidayCalendar; items: ReviewItem[] }>();

function itemsOfPeriod(context: IndicatorContext, period: PeriodOfCare, reviews: readonly Day[]): readonly ReviewItem[] {
  const { asAt, calendar } = context;
  if (period.end === null || period.end > asAt) return periodReviewItems(period, reviews, asAt, calendar);
  const known = closedPeriodItems.get(period);
  if (known !== undefined && known.calendar === calendar) return known.items;
  const items = periodReviewItems(period, reviews, asAt, calendar);
  closedPeriodItems.set(period, { calendar, items });
  return items;
}

/**
 * @name reviewsOnTime
 * @category Timeliness
 * @summary Child in care reviews held on time.
 * @description CPPCR 2010 reg 33 timescales; former NI 66. Each period of care has a review
 * schedule (first review within 20 working days of the start, the second within 3 months of
 * the first, then every 6 months, each anchored on the review actually held; one missed item
 * when the next due date passes with no review). Periods made only of short breaks have no
 * schedule. Items belong to the window by due date (`reviewsWindowBy: "held"`: by review
 * date). `reviewsForm: "event"` (default): on-time items ÷ items in the window; `"child"`:
 * children whose items in the window are all on time ÷ children with an item in the window.
 * Members list child ids (numerator: a child with an on-time item, or, by child, all on time).
 * Drill-down reasons: short-break, uasc. Empty cohort: no value.
 * @example
 * // period from Fri 20/12/2024, reviews 21/01/2025, 17/04/2025, 20/10/2025; R = 31/03/2026
 * reviewsOnTime.compute(context) //=> { numerator: 1, denominator: 2, … }
 */
export const reviewsOnTime = defineIndicator({
  id: "reviews-on-time",
  title: "Child in care reviews held on time",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "timeliness",
  period: { kind: "window" },
  cohort: "Review items (due reviews, held or missed) whose due date is in [W0, W1], from each period of care's schedule; periods made only of short breaks are skipped.",
  numerator: "Items held on or before their due date (reviewsForm child: children whose items in the window are all on time).",
  data: "episodes; reviews: REVIEW",
  switches: ["reviewsForm", "reviewsWindowBy", "excludeUasc", "staleOpenEpisodes", "bankHolidays"],
  defaultTarget: null,
  compute(context) {
    const missing = missingTables(context, ["episodes", "reviews"]);
    if (missing) return missing;
    const byChild = context.options.reviewsForm === "child";
    const numeratorIds: string[] = [];
    const denominatorIds: string[] = [];
    const excluded: Exclusion[] = [];
    let onTimeItems = 0;
    let dueItems = 0;
    for (const history of context.history.children) {
      const child = history.child;
      const items = reviewItemsInWindow(context, history);
      const id = child.childId;
      if (items.length === 0) {
        const skipped = history.periods.some((p) => p.shortBreakOnly && overlaps(p, context.period.start, context.period.end));
        if (skipped) excluded.push({ child: id, reason: "short-break" });
        continue;
      }
      if (isExcludedAsUasc(context, child)) {
        excluded.push({ child: id, reason: "uasc" });
        continue;
      }
      let onTime = 0;
      for (const item of items) if (item.onTime) onTime += 1;
      onTimeItems += onTime;
      dueItems += items.length;
      denominatorIds.push(id);
      if (byChild ? onTime === items.length : onTime > 0) numeratorIds.push(id);
    }
    const members = {
      numerator: sortedIds(numeratorIds),
      denominator: sortedIds(denominatorIds),
      excluded: [...excluded].sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0)),
    };
    return byChild
      ? { kind: "measured", numerator: members.numerator.length, denominator: members.denominator.length, members }
      : { kind: "measured", numerator: onTimeItems, denominator: dueItems, members };
  },
});
