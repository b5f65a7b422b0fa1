import { EPISODE_CHAIN } from "../reads.js";
import type { BankHolidayCalendar } from "../../dates/bankHolidays.js";
import type { Day } from "../../dates/day.js";
import { derivedValue } from "../../history/historyIndex.js";
import { ColumnBuilder, IntList } from "../../numbers/typedColumns.js";
import { Exclusions, lastingPerCalendar, membersOf, uascExclusion } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";
import { type ReviewChains, ReviewChainsBuilder, firstCareDayOfRows, isDueOrHeldInWindow, isOnTime } from "./reviewSchedule.js";

/**
 * The review chains of every child's periods with a schedule (periods made only of short
 * breaks have none), child by child in `history.children` order: the chains of the child at
 * position i are firstChain[i] … firstChain[i + 1] − 1. `latestItemDay[i]`: the latest day
 * any item of the child can be dated, so a child whose latest day is before W0 or whose care
 * starts after W1 has no item in the window. The periods that begin with a short break
 * (`breaks`, child i's from breakFirst[i] on) are the only ones that can exclude a child as
 * short-break. Built once per history and calendar, and kept with the history.
 */
interface ReviewSchedules {
  chains: ReviewChains;
  /** Per chain: the earliest DECOM of a non-short-break episode of its period (`firstCareDay`). */
  careFrom: Float64Array;
  firstChain: Int32Array;
  latestItemDay: Float64Array;
  /** Per child: its first period in `breaks` (child i's are breakFirst[i] … breakFirst[i + 1] − 1). */
  breakFirst: Int32Array;
  /** The periods whose first care day (`firstCareDay`) is after their start: start, first care day, end (Infinity while open). */
  breaks: { start: Float64Array; firstCare: Float64Array; end: Float64Array };
}

const REVIEW_SCHEDULES = /* @__PURE__ */ derivedValue<WeakMap<BankHolidayCalendar, ReviewSchedules>, []>("review schedules");

function reviewSchedules(context: IndicatorContext): ReviewSchedules {
  const { history } = context;
  return lastingPerCalendar(context, REVIEW_SCHEDULES, (calendar) => {
    const chains = new ReviewChainsBuilder();
    const children = context.cohort.children;
    const careFrom = new ColumnBuilder(Float64Array);
    const firstChain = new Int32Array(children.length + 1);
    const latestItemDay = new Float64Array(children.length);
    const breakFirst = new Int32Array(children.length + 1);
    const breaks = { start: new ColumnBuilder(Float64Array), firstCare: new ColumnBuilder(Float64Array), end: new ColumnBuilder(Float64Array) };
    const { rows, columns, careSpans } = history;
    for (let i = 0; i < children.length; i += 1) {
      let latest = careSpans.ends[i]!;
      const reviews = children[i]!.reviews;
      columns.eachPeriod(rows.first[i]!, rows.count[i]!, (period, head, tail) => {
        const start = columns.start[head]!;
        const end = columns.dec(tail);
        const firstCare = firstCareDayOfRows(columns, period, head, tail);
        if (firstCare > start) {
          breaks.start.push(start);
          breaks.firstCare.push(firstCare);
          breaks.end.push(end);
        }
        if (firstCare === Infinity) return; // only short breaks: no schedule
        latest = Math.max(latest, chains.latestItemDay(chains.add({ start, end }, reviews, calendar)));
        careFrom.push(firstCare);
      });
      firstChain[i + 1] = chains.count;
      latestItemDay[i] = latest;
      breakFirst[i + 1] = breaks.start.length;
    }
    return {
      chains: chains.finish(),
      careFrom: careFrom.finish(),
      firstChain,
      latestItemDay,
      breakFirst,
      breaks: { start: breaks.start.finish(), firstCare: breaks.firstCare.finish(), end: breaks.end.finish() },
    };
  });
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
  narrative: { cohort: "reviews due", verb: "were held on time" },
  title: "Child in care reviews held on time",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "timeliness",
  period: { kind: "window" },
  cohort: "Review items (due reviews, held or missed) whose due date is in [W0, W1], from each period of care's schedule; periods made only of short breaks are skipped.",
  numerator: "Items held on or before their due date (reviewsForm child: children whose items in the window are all on time).",
  data: "episodes; reviews: REVIEW",
  needs: ["episodes", "reviews"],
  reads: { episodes: EPISODE_CHAIN, reviews: ["CHILD", "REVIEW"] },
  switches: ["reviewsForm", "reviewsWindowBy", "excludeUasc", "staleOpenEpisodes", "bankHolidays"],
  defaultTarget: null,
  compute(context) {
    const byChild = context.options.reviewsForm === "child";
    const numerator = new IntList();
    const denominator = new IntList();
    const excluded = new Exclusions();
    let onTimeItems = 0;
    let dueItems = 0;
    const { careSpans, ids } = context.history;
    const { chains, careFrom, firstChain, latestItemDay, breakFirst, breaks } = reviewSchedules(context);
    const { asAt, period: window } = context;
    const windowBy = context.options.reviewsWindowBy;
    const isUasc = uascExclusion(context);
    let onTime = 0; // the items of one child in the window
    let due = 0;
    const countItem = (itemDue: Day, held: Day | null) => {
      if (!isDueOrHeldInWindow(itemDue, held, window, windowBy)) return;
      due += 1;
      if (isOnTime(itemDue, held)) onTime += 1;
    };
    // A period that began with a short break and is still only short breaks at W1 (= R) while it overlaps the window.
    const onlyBreaksInWindow = (i: number) => {
      for (let k = breakFirst[i]!; k < breakFirst[i + 1]!; k += 1) {
        if (breaks.start[k]! <= window.end && breaks.firstCare[k]! > window.end && breaks.end[k]! >= window.start) return true;
      }
      return false;
    };
    for (let i = 0; i < ids.length; i += 1) {
      if (careSpans.starts[i]! > window.end || latestItemDay[i]! < window.start) continue;
      onTime = 0;
      due = 0;
      for (let chain = firstChain[i]!; chain < firstChain[i + 1]!; chain += 1) {
        // Periods starting after W1, or still only short breaks at W1 (= R), have no schedule.
        if (careFrom[chain]! <= window.end) chains.visitItemsAt(chain, asAt, countItem, window.start);
      }
      if (due === 0) {
        if (onlyBreaksInWindow(i)) excluded.add(i, "short-break");
        continue;
      }
      if (isUasc(i)) {
        excluded.add(i, "uasc");
        continue;
      }
      onTimeItems += onTime;
      dueItems += due;
      denominator.push(i);
      if (byChild ? onTime === due : onTime > 0) numerator.push(i);
    }
    // One entry per child, in cohort order: the lists are already sorted sets.
    const members = membersOf(ids, numerator.view(), denominator.view(), excluded);
    return byChild
      ? { kind: "measured", numerator: numerator.length, denominator: denominator.length, members }
      : { kind: "measured", numerator: onTimeItems, denominator: dueItems, members };
  },
});
