import type { Day } from "../dates/day.js";
import { lookbackStart } from "../dates/periods.js";
import { covers, isShortBreak, overlaps } from "../history/episodeOrder.js";
import { type ChildHistory, currentEpisode } from "../history/historyIndex.js";
import type { ChildRecord } from "../model/cohort.js";
import { isExcludedAsUasc } from "./common.js";
import type { Exclusion, IndicatorContext } from "./types.js";

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
  const current = currentEpisode(history, asAt);
  if (current === null) {
    const onShortBreak = history.episodes.some((e) => isShortBreak(e) && covers(e, asAt));
    return { inCohort: false, reason: onShortBreak ? "short-break" : null };
  }
  const c0 = lookbackStart(asAt, 12);
  if (history.episodes.some((e) => isShortBreak(e) && overlaps(e, c0, asAt))) return { inCohort: false, reason: "short-break" };
  if (current.period.start > c0) return { inCohort: false, reason: "in-care-under-12-months" };
  const broken = history.episodes.some(
    (e) =>
      (e.reasonForNewEpisode === "S" && e.start > c0 && e.start <= asAt) ||
      (e.end !== null && e.end >= c0 && e.end <= asAt && e.endReason !== "X1"),
  );
  return broken ? { inCohort: false, reason: "in-care-under-12-months" } : { inCohort: true };
}

/** True when the child is in C12(R): in care without a break for 12 months or more at R. */
export function isInCareTwelveMonths(history: ChildHistory, asAt: Day): boolean {
  return careTwelveMonthsDecision(history, asAt).inCohort;
}

/** C12(R) over the cohort: members in id order, and the children left out with their reason (UASC under `excludeUasc`). */
export function careTwelveMonthsCohort(context: IndicatorContext): { children: ChildRecord[]; excluded: Exclusion[] } {
  const children: ChildRecord[] = [];
  const excluded: Exclusion[] = [];
  for (const child of context.cohort.children) {
    const decision = careTwelveMonthsDecision(context.history.of(child), context.asAt);
    if (!decision.inCohort) {
      if (decision.reason !== null) excluded.push({ child: child.childId, reason: decision.reason });
    } else if (isExcludedAsUasc(context, child)) excluded.push({ child: child.childId, reason: "uasc" });
    else children.push(child);
  }
  return { children, excluded };
}
