import type { Day } from "../dates/day.js";
import { lookbackStart } from "../dates/periods.js";
import { ENDS_CARE, type EpisodeColumns, STARTS_CARE } from "../history/episodeColumns.js";
import { type ChildHistory, currentRow, currentRowsAt, derivedValue, shortBreakCovers, shortBreakOverlaps } from "../history/historyIndex.js";
import { IntList } from "../numbers/typedColumns.js";
import { Exclusions, uascExclusion } from "./common.js";
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
  return decide(history.columns, history.first, history.episodes.length, history.careStart, history.careEnd, currentRow(history, asAt), asAt, lookbackStart(asAt, 12));
}

const IN_COHORT: CareTwelveMonthsDecision = { inCohort: true };
const SHORT_BREAK_DECISION: CareTwelveMonthsDecision = { inCohort: false, reason: "short-break" };
const UNDER_12_MONTHS: CareTwelveMonthsDecision = { inCohort: false, reason: "in-care-under-12-months" };
const NOT_IN_CARE: CareTwelveMonthsDecision = { inCohort: false, reason: null };

/**
 * The decision from the typed columns alone: the child's rows [first, first + count), its care
 * span, and `current`, its current episode's row (−1: none). Numbers, not an object of them: this
 * runs for every child in care at every date.
 */
function decide(columns: EpisodeColumns, first: number, count: number, careStart: number, careEnd: number, current: number, asAt: Day, c0: Day): CareTwelveMonthsDecision {
  if (current === -1) return careStart <= asAt && careEnd > asAt && shortBreakCovers(columns, first, count, asAt) ? SHORT_BREAK_DECISION : NOT_IN_CARE;
  if (careStart <= asAt && careEnd >= c0 && shortBreakOverlaps(columns, first, count, c0, asAt)) return SHORT_BREAK_DECISION;
  if (columns.periodStart[current]! > c0) return UNDER_12_MONTHS;
  for (let row = first; row < first + count; row += 1) {
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

/** C12(R): its members' positions in the cohort (ascending), and the children left out by position. */
export interface CareTwelveMonths {
  positions: ArrayLike<number>;
  excluded: Exclusions;
}

const CARE_TWELVE_MONTHS = /* @__PURE__ */ derivedValue<CareTwelveMonths, [asAt: number]>("in care twelve months");

/**
 * C12(R) over the cohort: members in cohort (id) order by position, and the children left out
 * with their reason (UASC under `excludeUasc`). Computed once per R and shared, from the typed
 * snapshot (`currentRowsAt`) and columns: no child's history is visited.
 */
export function careTwelveMonthsCohort(context: IndicatorContext): CareTwelveMonths {
  const { history, asAt } = context;
  return history.shared(CARE_TWELVE_MONTHS, [asAt], () => {
    const current = currentRowsAt(history, asAt);
    const c0 = lookbackStart(asAt, 12);
    const positions = new IntList();
    const excluded = new Exclusions();
    const { careSpans, rows, columns } = history;
    const isUasc = uascExclusion(context);
    for (let i = 0; i < current.length; i += 1) {
      // No episode covers R (the care span says so): not in care, not on a short break.
      if (current[i] === -1 && !(careSpans.starts[i]! <= asAt && careSpans.ends[i]! > asAt)) continue;
      const decision = decide(columns, rows.first[i]!, rows.count[i]!, careSpans.starts[i]!, careSpans.ends[i]!, current[i]!, asAt, c0);
      if (!decision.inCohort) {
        if (decision.reason !== null) excluded.add(i, decision.reason);
      } else if (isUasc(i)) excluded.add(i, "uasc");
      else positions.push(i);
    }
    return { positions: positions.view(), excluded };
  });
}
