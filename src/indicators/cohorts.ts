import type { Day } from "../dates/day.js";
import { lookbackStart } from "../dates/periods.js";
import { ENDS_CARE, STARTS_CARE } from "../history/episodeColumns.js";
import {
  type ChildHistory, type CurrentEpisode, currentEpisode, currentEpisodesAt, hasShortBreakOverlapping, isOnShortBreak, derivedValue,
} from "../history/historyIndex.js";
import type { ChildRecord } from "../model/cohort.js";
import { type ExcludedAt, uascExclusion } from "./common.js";
import type { IndicatorContext } from "./types.js";

/**
 * Where a child stands against C12(R), the OC2 cohort (indicators.md §1.9): in it, left out
 * with a drill-down reason, or not looked after at R at all (reason null: not listed).
 */
export type CareTwelveMonthsDecision =
  | { inCohort: true }
  | { inCohort: false; reason: "short-break" | "in-care-under-12-months" | null };

/**
 * C12(R) with c0 = ws(R, 12): a current episode at R whose period started on or before c0,
 * and no episode of the child (in any period) with RNE S and c0 < DECOM ≤ R, or DEC in
 * [c0, R] with a REC other than X1, or LS V3/V4 overlapping [c0, R]. The lookback is always
 * 12 months, whatever `--period` says.
 */
export function careTwelveMonthsDecision(history: ChildHistory, asAt: Day): CareTwelveMonthsDecision {
  return decide(history, asAt, lookbackStart(asAt, 12), currentEpisode(history, asAt));
}

const IN_COHORT: CareTwelveMonthsDecision = { inCohort: true };
const SHORT_BREAK: CareTwelveMonthsDecision = { inCohort: false, reason: "short-break" };
const UNDER_12_MONTHS: CareTwelveMonthsDecision = { inCohort: false, reason: "in-care-under-12-months" };
const NOT_IN_CARE: CareTwelveMonthsDecision = { inCohort: false, reason: null };

function decide(history: ChildHistory, asAt: Day, c0: Day, current: CurrentEpisode | null): CareTwelveMonthsDecision {
  if (current === null) return isOnShortBreak(history, asAt) ? SHORT_BREAK : NOT_IN_CARE;
  if (hasShortBreakOverlapping(history, c0, asAt)) return SHORT_BREAK;
  if (current.period.start > c0) return UNDER_12_MONTHS;
  const { columns, first } = history;
  for (let row = first; row < first + history.episodes.length; row += 1) {
    const broken =
      (columns.is(row, STARTS_CARE) && columns.start[row]! > c0 && columns.start[row]! <= asAt) ||
      (columns.is(row, ENDS_CARE) && columns.end[row]! >= c0 && columns.end[row]! <= asAt);
    if (broken) return UNDER_12_MONTHS;
  }
  return IN_COHORT;
}

/** True when the child is in C12(R): in care without a break for 12 months or more at R. */
export function isInCareTwelveMonths(history: ChildHistory, asAt: Day): boolean {
  return careTwelveMonthsDecision(history, asAt).inCohort;
}

/** C12(R): its members in cohort order with their positions, and the children left out by position. */
export interface CareTwelveMonths {
  children: ChildRecord[];
  positions: number[];
  excluded: ExcludedAt[];
}

const CARE_TWELVE_MONTHS = /* @__PURE__ */ derivedValue<CareTwelveMonths, [asAt: number]>("in care twelve months");

/**
 * C12(R) over the cohort: members in cohort (id) order with their cohort positions, and the
 * children left out with their reason (UASC under `excludeUasc`). Computed once per R and shared.
 */
export function careTwelveMonthsCohort(context: IndicatorContext): CareTwelveMonths {
  const { history, asAt } = context;
  return history.shared(CARE_TWELVE_MONTHS, [asAt], () => {
    const current = currentEpisodesAt(history, asAt);
    const c0 = lookbackStart(asAt, 12);
    const children: ChildRecord[] = [];
    const positions: number[] = [];
    const excluded: ExcludedAt[] = [];
    const spans = history.careSpans;
    const isUasc = uascExclusion(context);
    history.children.forEach((h, i) => {
      // No episode covers R (the care span says so without visiting the history): not in care, not on a short break.
      if (current[i] === null && !(spans.starts[i]! <= asAt && spans.ends[i]! > asAt)) return;
      const decision = decide(h, asAt, c0, current[i]!);
      if (!decision.inCohort) {
        if (decision.reason !== null) excluded.push({ position: i, reason: decision.reason });
      } else if (isUasc(i)) excluded.push({ position: i, reason: "uasc" });
      else {
        children.push(h.child);
        positions.push(i);
      }
    });
    return { children, positions, excluded };
  });
}
