import type { Day } from "../../dates/day.js";
import { type RuleTable, tableView } from "../ruleTable.js";
import { episodesByChildInOrder } from "./checks.js";

/** A period of care as the DfE's missing-episode rules build it: its first DECOM and its last episode's DEC (null while open). */
export interface PeriodOfCare {
  start: Day;
  end: Day | null;
}

/**
 * Each child's periods of care from their episodes with a DECOM date, in DECOM order: an episode
 * starting after the previous one ended begins a new period (one after an unreadable or open end
 * continues it).
 */
export function periodsOfCare(episodes: RuleTable): ReadonlyMap<string, readonly PeriodOfCare[]> {
  return episodes.view(PERIODS_OF_CARE);
}

const PERIODS_OF_CARE = /* @__PURE__ */ tableView((episodes): ReadonlyMap<string, readonly PeriodOfCare[]> => {
  const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
  const periods = new Map<string, PeriodOfCare[]>();
  for (const rows of episodesByChildInOrder(episodes)) {
    const dated = rows.filter((row) => decom[row] !== null);
    if (dated.length === 0) continue;
    const list: PeriodOfCare[] = [];
    dated.forEach((row, k) => {
      const before = k > 0 ? dated[k - 1]! : null;
      const previousEnd = before === null ? null : (dec[before] ?? null);
      if (before === null || (previousEnd !== null && decom[row]! > previousEnd)) list.push({ start: decom[row]!, end: dec[row] ?? null });
      else list[list.length - 1]!.end = dec[row] ?? null;
    });
    periods.set(episodes.childOf(dated[0]!)!, list);
  }
  return periods;
});

/**
 * 577, 707: whether a period from `from` to `to` (null while open) lies outside every one of the
 * child's periods of care: still open though the period ended, open and begun before it, or ended
 * after or before it.
 */
export function outsideEveryPeriod(periods: readonly PeriodOfCare[], from: Day, to: Day | null): boolean {
  return periods.every(
    (period) =>
      (to === null && (period.end !== null || from < period.start)) || (to !== null && ((period.end !== null && to > period.end) || to < period.start)),
  );
}
