import { ENDS_CARE, SHORT_BREAK, STARTS_CARE } from "../../history/episodeColumns.js";
import { derivedValue } from "../../history/historyIndex.js";
import { IntList } from "../../numbers/typedColumns.js";
import { CohortMembers, uascExclusion } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/**
 * Starts (§3.1): children with an episode whose RNE is S, DECOM in [W0, W1] and LS not V3/V4.
 * A child who starts twice counts once. A period that begins with a short break is not a start.
 */
export function measureStarts(context: IndicatorContext): Measurement {
  const { start, end } = context.period;
  // starts-count and starts-rate: the children are found once per window.
  return context.history.shared(STARTS, [context.asAt, start, end], () => startsIn(context, start, end)).countOfChildren();
}

/** Keyed by R too: a UASC child is left out by their status at R. */
const STARTS = /* @__PURE__ */ derivedValue<CohortMembers, [asAt: number, start: number, end: number]>("starts");

function startsIn(context: IndicatorContext, start: number, end: number): CohortMembers {
  const members = new CohortMembers(context.history.ids);
  const isUasc = uascExclusion(context);
  const { rows, columns } = context.history;
  // Indexed loops here and below: they run a few times a scorecard over many children, too seldom for for-of's iterator objects to be compiled away.
  const starting = context.history.startingIn(start, end);
  for (let k = 0; k < starting.length; k += 1) {
    const position = starting[k]!;
    let starts = 0;
    let startsOfCare = 0;
    for (let row = rows.first[position]!; row < rows.first[position]! + rows.count[position]!; row += 1) {
      if (!columns.is(row, STARTS_CARE) || columns.start[row]! < start || columns.start[row]! > end) continue;
      starts += 1;
      if (!columns.is(row, SHORT_BREAK)) startsOfCare += 1;
    }
    if (starts === 0) continue;
    if (startsOfCare === 0) members.exclude(position, "short-break");
    else if (isUasc(position)) members.exclude(position, "uasc");
    else members.count(position);
  }
  return members;
}

/** The children with an end of care in [W0, W1], and those whose only ends there are short breaks. */
export interface EndsOfCare {
  /** The leavers' positions, in cohort order. */
  leavers: ArrayLike<number>;
  /** The row (in `history.columns`) of each leaver's last end of care in the window (same order): it gives the reason. */
  lastEnds: ArrayLike<number>;
  /** Positions, in cohort order. */
  shortBreakOnly: ArrayLike<number>;
}

const ENDS_OF_CARE = /* @__PURE__ */ derivedValue<EndsOfCare, [start: number, end: number]>("ends of care");

/**
 * An end of care (§3.1): DEC in the window, REC not X1 (blank counts), LS not V3/V4; the last
 * is the latest DEC, ties read last. Computed once per window and shared (ends, adopted-percent).
 */
export function endsOfCare(context: IndicatorContext): EndsOfCare {
  const { start, end } = context.period;
  return context.history.shared(ENDS_OF_CARE, [start, end], () => {
    const leavers = new IntList();
    const lastEnds = new IntList();
    const shortBreakOnly = new IntList();
    const { rows, columns } = context.history;
    const ending = context.history.endingIn(start, end);
    for (let k = 0; k < ending.length; k += 1) {
      const position = ending[k]!;
      let last = -1;
      let shortBreakEnd = false;
      for (let row = rows.first[position]!; row < rows.first[position]! + rows.count[position]!; row += 1) {
        const dec = columns.end[row]!;
        if (!columns.is(row, ENDS_CARE) || dec < start || dec > end) continue;
        if (columns.is(row, SHORT_BREAK)) shortBreakEnd = true;
        else if (last === -1 || dec > columns.end[last]! || (dec === columns.end[last] && columns.readOrder[row]! > columns.readOrder[last]!)) last = row;
      }
      if (last !== -1) {
        leavers.push(position);
        lastEnds.push(last);
      } else if (shortBreakEnd) shortBreakOnly.push(position);
    }
    return { leavers: leavers.view(), lastEnds: lastEnds.view(), shortBreakOnly: shortBreakOnly.view() };
  });
}

/** Ends (§3.1): children with at least one end of care in [W0, W1]. */
export function measureEnds(context: IndicatorContext): Measurement {
  const { leavers, shortBreakOnly } = endsOfCare(context);
  const members = new CohortMembers(context.history.ids);
  const isUasc = uascExclusion(context);
  for (let k = 0; k < leavers.length; k += 1) {
    const position = leavers[k]!;
    if (isUasc(position)) members.exclude(position, "uasc");
    else members.count(position);
  }
  for (let k = 0; k < shortBreakOnly.length; k += 1) members.exclude(shortBreakOnly[k]!, "short-break");
  return members.countOfChildren();
}
