import type { Episode } from "../model/cohort.js";
import { exactSize } from "../numbers/lists.js";
import { compareEpisodes, isShortBreak } from "./episodeOrder.js";

/**
 * A period of care: a chain of one child's episodes, each beginning on the day its
 * predecessor closed with REC X1 (indicators.md §1.6).
 */
export interface PeriodOfCare {
  /** Position among the child's periods, in order of start. */
  index: number;
  /** Episodes in chain order. */
  episodes: Episode[];
  /** DECOM of the first episode. */
  start: number;
  /** DEC of the last episode, null while it is open. */
  end: number | null;
  /** REC of the last episode (null when open or blank). */
  endReason: string | null;
  /** The first episode's RNE is S: the start of care is known, not an artefact of history depth. */
  startKnown: boolean;
  /** Made only of short-break episodes (LS V3/V4). */
  shortBreakOnly: boolean;
}

const SAME_CARER_REASONS = new Set(["L", "T", "U"]);
const SAME_STATUS_REASONS = new Set(["P", "T"]);

/**
 * Chain episodes into periods. `episodes` must be in chaining order (compareEpisodes). An
 * episode with RNE S, or with no predecessor closed X1 on its DECOM, starts a new period;
 * several candidates (only with overlapping or duplicated data) are scored as §1.6 says.
 */
export function chainPeriods(episodes: Episode[]): PeriodOfCare[] {
  if (episodes.length === 0) return [];
  // Links by position in `episodes`, found by scanning the earlier episodes (not Maps keyed by
  // episode or day): built for every child of a national return, most with a handful of episodes.
  const successor = new Array<number>(episodes.length).fill(-1);
  const predecessor = new Array<number>(episodes.length).fill(-1);
  for (let i = 0; i < episodes.length; i += 1) {
    const e = episodes[i]!;
    if (e.reasonForNewEpisode === "S") continue;
    let best = -1;
    let bestScore = -1;
    // Candidates: closed X1 on e's DECOM, earlier in chain order, not yet linked.
    for (let j = 0; j < i; j += 1) {
      const p = episodes[j]!;
      if (p.end !== e.start || p.endReason !== "X1" || successor[j] !== -1) continue;
      const score = linkScore(e, p);
      if (score > bestScore || (score === bestScore && best !== -1 && p.readOrder < episodes[best]!.readOrder)) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) continue;
    successor[best] = i;
    predecessor[i] = best;
  }

  const periods: PeriodOfCare[] = [];
  episodes.forEach((first, i) => {
    if (predecessor[i] !== -1) return;
    const chain: Episode[] = [first];
    for (let next = successor[i]!; next !== -1; next = successor[next]!) chain.push(episodes[next]!);
    const last = chain[chain.length - 1]!;
    periods.push({
      index: 0,
      // A chain of every episode is `episodes` itself, in order (successors come later): shared, not copied.
      episodes: chain.length === episodes.length ? episodes : exactSize(chain),
      start: first.start,
      end: last.end,
      endReason: last.end === null ? null : last.endReason,
      startKnown: first.reasonForNewEpisode === "S",
      shortBreakOnly: chain.every(isShortBreak),
    });
  });
  periods.sort((a, b) => compareEpisodes(a.episodes[0]!, b.episodes[0]!));
  periods.forEach((p, i) => (p.index = i));
  return exactSize(periods);
}

function linkScore(e: Episode, p: Episode): number {
  let score = 0;
  if (SAME_CARER_REASONS.has(e.reasonForNewEpisode)) {
    if (p.placementType === e.placementType && p.placementPostcode === e.placementPostcode && p.urn === e.urn) score += 2;
    else if (p.placementType === e.placementType) score += 1;
  }
  if (SAME_STATUS_REASONS.has(e.reasonForNewEpisode) && p.legalStatus === e.legalStatus) score += 1;
  return score;
}
