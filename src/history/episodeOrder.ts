import type { Episode } from "../model/cohort.js";

/**
 * The chaining order of indicators.md §1.6: by DECOM, closed episodes before open ones, then
 * DEC, then read order. Every per-child episode list in the cohort is kept in this order.
 */
export function compareEpisodes(a: Pick<Episode, "start" | "end" | "readOrder">, b: Pick<Episode, "start" | "end" | "readOrder">): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end === null || b.end === null) {
    if (a.end !== b.end) return a.end === null ? 1 : -1;
  } else if (a.end !== b.end) return a.end - b.end;
  return a.readOrder - b.readOrder;
}

/** LS V3 or V4: a short break (§1.7). Two comparisons, not a Set lookup: it runs for every episode at every as-at date. */
export function isShortBreak(episode: Pick<Episode, "legalStatus">): boolean {
  const ls = episode.legalStatus;
  return ls === "V3" || ls === "V4";
}

const TEMPORARY = new Set(["T0", "T1", "T2", "T3", "T4"]);
export function isTemporaryPlacement(placementType: string): boolean {
  return TEMPORARY.has(placementType);
}

const ADOPTIVE = new Set(["A3", "A4", "A5", "A6"]);
export function isAdoptivePlacement(placementType: string): boolean {
  return ADOPTIVE.has(placementType);
}

/** Closed-window overlap (§1.1): start ≤ W1 and (open or end ≥ W0). */
export function overlaps(item: { start: number; end: number | null }, windowStart: number, windowEnd: number): boolean {
  return item.start <= windowEnd && (item.end === null || item.end >= windowStart);
}
