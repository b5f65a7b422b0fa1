import type { Day } from "../../dates/day.js";
import { lookbackStart } from "../../dates/periods.js";
import { isAdoptivePlacement } from "../../history/episodeOrder.js";
import { type ChildHistory, type HistoryIndex, derivedValue } from "../../history/historyIndex.js";
import type { PeriodOfCare } from "../../history/periodsOfCare.js";
import type { ChildRecord, Episode } from "../../model/cohort.js";
import { IntList } from "../../numbers/typedColumns.js";
import { CohortMembers, Exclusions, uascExclusion } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/**
 * The adopted children of indicators.md §3.8, shared by A1, A10, A2 and their thresholds.
 * Windows are closed; gaps are whole days (b − a).
 */
export interface AdoptedChild {
  child: ChildRecord;
  history: ChildHistory;
  /** The adoption episode e: the latest end E11/E12 (LS not V3/V4) in the adoption window. */
  adoption: Episode;
  /** P, the period of care e belongs to. */
  period: PeriodOfCare;
  /** First episode of the last uninterrupted run of A3–A6 episodes ending with e; null when e is not A3–A6. */
  firstAdoptivePlacement: Episode | null;
}

const ADOPTED = new Set(["E11", "E12"]);

/** The adoption window: [W0, W1] (`adoptionWindow: "period"`) or [ws(R, 36), R] (`"3-years"`, pooled). */
export function adoptionWindow(context: IndicatorContext): { start: Day; end: Day } {
  return context.options.adoptionWindow === "3-years"
    ? { start: lookbackStart(context.asAt, 36), end: context.asAt }
    : context.period;
}

const ADOPTED_CHILDREN = /* @__PURE__ */ derivedValue<AdoptedChild[], [start: number, end: number]>("adopted children");

/**
 * The histories with an episode ended by adoption (REC E11/E12), in cohort order, with their
 * periods of care: the only ones any window's adopted children come from. A history gives its
 * periods anew each time they are read (it does not keep them), so these few are kept here.
 */
const EVER_ADOPTED = /* @__PURE__ */ derivedValue<readonly { history: ChildHistory; periods: readonly PeriodOfCare[] }[], []>("children ever adopted");

function everAdopted(context: IndicatorContext): readonly { history: ChildHistory; periods: readonly PeriodOfCare[] }[] {
  return context.history.lasting(EVER_ADOPTED, [], () =>
    context.history
      .where((_, position) => hasAdoption(context.history, position))
      .map((history) => ({ history, periods: history.periods })),
  );
}

/** An episode of the child at `position` closed by adoption (REC E11/E12; an open row has no REC): read off its rows, it runs for every child. */
function hasAdoption(index: HistoryIndex, position: number): boolean {
  const { rows, columns } = index;
  const first = rows.first[position]!;
  for (let row = first; row < first + rows.count[position]!; row += 1) if (ADOPTED.has(columns.endReason[row] ?? "")) return true;
  return false;
}

/** Children adopted in the adoption window, in cohort order (ids ascending). Computed once per window and shared. */
export function adoptedChildren(context: IndicatorContext): AdoptedChild[] {
  const { start, end } = adoptionWindow(context);
  return context.history.shared(ADOPTED_CHILDREN, [start, end], () => {
    const adopted: AdoptedChild[] = [];
    for (const { history, periods } of everAdopted(context)) {
      const episodes = history.episodes;
      let adoption = -1;
      for (let i = 0; i < episodes.length; i += 1) {
        const e = episodes[i]!;
        if (e.end === null || e.end < start || e.end > end || !ADOPTED.has(e.endReason ?? "") || history.isShortBreak(i)) continue;
        const best = adoption === -1 ? null : episodes[adoption]!;
        if (best === null || e.end > best.end! || (e.end === best.end && e.readOrder > best.readOrder)) adoption = i;
      }
      if (adoption === -1) continue;
      const episode = episodes[adoption]!;
      const period = periods[history.columns.period[history.first + adoption]!]!;
      adopted.push({ child: history.child, history, adoption: episode, period, firstAdoptivePlacement: firstOfAdoptiveRun(period, episode) });
    }
    return adopted;
  });
}

/** Walk back along P's chain from e while the placement is A3–A6 (§3.8 moving-in date). */
function firstOfAdoptiveRun(period: PeriodOfCare, adoption: Episode): Episode | null {
  let i = period.episodes.indexOf(adoption);
  if (!isAdoptivePlacement(adoption.placementType)) return null;
  while (i > 0 && isAdoptivePlacement(period.episodes[i - 1]!.placementType)) i -= 1;
  return period.episodes[i]!;
}

/** Moving in with the adoptive family: DECOM of the first episode of the adoptive run. */
export function movingInDate(adopted: AdoptedChild): number | null {
  return adopted.firstAdoptivePlacement?.start ?? null;
}

/** A gap in whole days; a negative one is a data error (`negative-interval` warning) and counts as 0. */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, to - from);
}

/** One adopted child's interval, or why the child is left out (a kebab-case drill-down reason). */
export type Interval = { days: number } | { excluded: string };

/**
 * Sorts adopted children into averaged and excluded. UASC children (option `excludeUasc`)
 * are left out after the indicator's own tests.
 */
export function intervalsOf(context: IndicatorContext, interval: (adopted: AdoptedChild) => Interval): { excluded: Exclusions; positions: ArrayLike<number>; days: ArrayLike<number> } {
  const excluded = new Exclusions();
  // Each adopted child once (adoptedChildren): two lists, not a map iterated by entries (the days
  // a plain list, as an interval is any number).
  const positions = new IntList();
  const days: number[] = [];
  const isUasc = uascExclusion(context);
  const adopted = adoptedChildren(context);
  for (let k = 0; k < adopted.length; k += 1) {
    const position = adopted[k]!.history.position;
    const result = interval(adopted[k]!);
    if ("excluded" in result) excluded.add(position, result.excluded);
    else if (isUasc(position)) excluded.add(position, "uasc");
    else {
      positions.push(position);
      days.push(result.days);
    }
  }
  return { excluded, positions: positions.view(), days };
}

/** Days unit (§1.10): numerator = total days (integer), denominator = children averaged. */
export function meanDays(context: IndicatorContext, interval: (adopted: AdoptedChild) => Interval): Measurement {
  const { excluded, positions, days } = intervalsOf(context, interval);
  const members = new CohortMembers(context.history.ids);
  members.excludeAll(excluded);
  let total = 0;
  for (let k = 0; k < positions.length; k += 1) {
    members.include(positions[k]!, true);
    total += days[k]!;
  }
  return { ...members.percent(), numerator: total, denominator: positions.length };
}

/** Percent within a threshold: children whose days ≤ threshold (the boundary day counts as within). */
export function withinThreshold(context: IndicatorContext, interval: (adopted: AdoptedChild) => Interval, threshold: number): Measurement {
  const members = new CohortMembers(context.history.ids);
  const { excluded, positions, days } = intervalsOf(context, interval);
  members.excludeAll(excluded);
  for (let k = 0; k < positions.length; k += 1) members.include(positions[k]!, days[k]! <= threshold);
  return members.percent();
}
