import type { Episode } from "../model/cohort.js";
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
export function chainPeriods(episodes: readonly Episode[]): PeriodOfCare[] {
  const successorOf = new Map<Episode, Episode>();
  const predecessorOf = new Map<Episode, Episode>();
  const byEnd = new Map<number, Episode[]>();
  for (const e of episodes) {
    if (e.endReason === "X1" && e.end !== null) {
      const list = byEnd.get(e.end);
      if (list) list.push(e);
      else byEnd.set(e.end, [e]);
    }
  }
  const position = new Map<Episode, number>();
  episodes.forEach((e, i) => position.set(e, i));

  for (const e of episodes) {
    if (e.reasonForNewEpisode === "S") continue;
    const candidates = (byEnd.get(e.start) ?? []).filter(
      (p) => p !== e && !successorOf.has(p) && position.get(p)! < position.get(e)!,
    );
    if (candidates.length === 0) continue;
    let best: Episode | undefined;
    let bestScore = -1;
    for (const p of candidates) {
      const score = linkScore(e, p);
      if (score > bestScore || (score === bestScore && best !== undefined && p.readOrder < best.readOrder)) {
        best = p;
        bestScore = score;
      }
    }
    successorOf.set(best!, e);
    predecessorOf.set(e, best!);
  }

  const periods: PeriodOfCare[] = [];
  for (const first of episodes) {
    if (predecessorOf.has(first)) continue;
    const chain: Episode[] = [first];
    for (let next = successorOf.get(first); next; next = successorOf.get(next)) chain.push(next);
    const last = chain[chain.length - 1]!;
    periods.push({
      index: 0,
      episodes: chain,
      start: first.start,
      end: last.end,
      endReason: last.end === null ? null : last.endReason,
      startKnown: first.reasonForNewEpisode === "S",
      shortBreakOnly: chain.every(isShortBreak),
    });
  }
  periods.sort((a, b) => compareEpisodes(a.episodes[0]!, b.episodes[0]!));
  periods.forEach((p, i) => (p.index = i));
  return periods;
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
