import { NO_DAY } from "../model/childRows.js";
import type { Episode } from "../model/cohort.js";
import type { EpisodeRowColumns } from "../model/episodeRows.js";

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

/** `compareEpisodes` of row `a` of `x` and row `b` of `y`, read off episode columns (DEC is NO_DAY when open). */
export function compareEpisodeRows(x: EpisodeRowColumns, a: number, y: EpisodeRowColumns, b: number): number {
  if (x.start[a] !== y.start[b]) return x.start[a]! - y.start[b]!;
  const endA = x.end[a]!;
  const endB = y.end[b]!;
  if (endA !== endB) return endA === NO_DAY ? 1 : endB === NO_DAY ? -1 : endA - endB;
  return x.readOrder[a]! - y.readOrder[b]!;
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
