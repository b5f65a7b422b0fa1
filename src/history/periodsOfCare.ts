import type { Episode } from "../model/cohort.js";
import { isSorted } from "../numbers/search.js";
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
 * Chains episodes into periods: writes in `periodOf[offset + k]` the period of `episodes[k]` (periods
 * numbered in order of start) and returns how many there are. `episodes` must be in chaining
 * order (compareEpisodes). An episode with RNE S, or with no predecessor closed X1 on its
 * DECOM, starts a new period; several candidates (only with overlapping or duplicated data) are
 * scored as §1.6 says. A successor always comes later in `episodes`, so a period's episodes in
 * the order of `episodes` are its chain. Numbers, not objects: this runs for every child.
 */
export function chainEpisodes(episodes: readonly Episode[], periodOf: Int32Array, offset = 0, scratch: LayoutScratch | null = null): number {
  const n = episodes.length;
  // Most children have one episode, or a chain in which each episode follows the one before:
  // those are one period, found without the links below (this runs for every child).
  if (isOneChain(episodes)) {
    periodOf.fill(0, offset, offset + n);
    return n === 0 ? 0 : 1;
  }
  return linkPeriods(episodes, periodOf, offset, scratch);
}

/** `chainEpisodes` by linking each episode to its best predecessor: the general case (exported for its test). */
export function linkPeriods(episodes: readonly Episode[], periodOf: Int32Array, offset = 0, scratch: LayoutScratch | null = null): number {
  const n = episodes.length;
  // Links by position, found by scanning the earlier episodes (not Maps keyed by episode or day):
  // most children have a handful of episodes. Episode i's successor is links[i], its predecessor links[n + i].
  const links = scratch === null ? new Int32Array(2 * n) : scratch.ints(2 * n);
  links.fill(-1, 0, 2 * n);
  for (let i = 0; i < n; i += 1) {
    const e = episodes[i]!;
    if (e.reasonForNewEpisode === "S") continue;
    let best = -1;
    let bestScore = -1;
    // Candidates: closed X1 on e's DECOM, earlier in chain order, not yet linked.
    for (let j = 0; j < i; j += 1) {
      const p = episodes[j]!;
      if (p.end !== e.start || p.endReason !== "X1" || links[j] !== -1) continue;
      const score = linkScore(e, p);
      if (score > bestScore || (score === bestScore && best !== -1 && p.readOrder < episodes[best]!.readOrder)) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) continue;
    links[best] = i;
    links[n + i] = best;
  }
  const heads: number[] = [];
  for (let i = 0; i < n; i += 1) if (links[n + i] === -1) heads.push(i);
  // Periods in order of their first episodes; ties keep the order of `episodes`.
  const byFirstEpisode = (a: number, b: number) => compareEpisodes(episodes[a]!, episodes[b]!) || a - b;
  if (!isSorted(heads, byFirstEpisode)) heads.sort(byFirstEpisode);
  for (let period = 0; period < heads.length; period += 1) {
    for (let k = heads[period]!; k !== -1; k = links[k]!) periodOf[offset + k] = period;
  }
  return heads.length;
}

/**
 * The episodes (in chaining order) are one period as the links would find it: each after the
 * first is not an S and starts on the DEC, closed X1, of the one just before. The links would
 * join each to the one before: every earlier episode already has its successor, so that one
 * is the only candidate.
 */
function isOneChain(episodes: readonly Episode[]): boolean {
  for (let i = 1; i < episodes.length; i += 1) {
    const e = episodes[i]!;
    const p = episodes[i - 1]!;
    if (e.reasonForNewEpisode === "S" || p.end !== e.start || p.endReason !== "X1") return false;
  }
  return true;
}

/** The periods `chainEpisodes` finds, as objects. */
export function chainPeriods(episodes: Episode[]): PeriodOfCare[] {
  const periodOf = new Int32Array(episodes.length);
  return periodsOf(episodes, periodOf, 0, chainEpisodes(episodes, periodOf));
}

/**
 * The `count` periods of `episodes` whose periods are `periodOf[offset + k]` (as `chainEpisodes`
 * numbers them), as objects. A period of every episode shares the list `episodes`.
 */
export function periodsOf(episodes: Episode[], periodOf: ArrayLike<number>, offset: number, count: number): PeriodOfCare[] {
  if (count === 1) return [periodOfChain(0, episodes)];
  const chains: Episode[][] = Array.from({ length: count }, () => []);
  for (let k = 0; k < episodes.length; k += 1) chains[periodOf[offset + k]!]!.push(episodes[k]!);
  return chains.map((chain, index) => periodOfChain(index, chain));
}

function periodOfChain(index: number, chain: Episode[]): PeriodOfCare {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  return {
    index, episodes: chain, start: first.start, end: last.end, endReason: last.end === null ? null : last.endReason,
    startKnown: first.reasonForNewEpisode === "S", shortBreakOnly: chain.every(isShortBreak),
  };
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

/**
 * Buffers that a loop laying out every child's rows reuses from child to child (`chainEpisodes`,
 * and the history's spell placing), so that laying out a national return makes no arrays per
 * child: made afresh, they were most of what the first scorecard allocated.
 */
export class LayoutScratch {
  /** The spell of each episode of a period (`splitSpells`). */
  readonly spellOf: number[] = [];
  private intBuffer = new Int32Array(64);
  private readonly chains: Episode[][] = [];

  /** At least `n` whole numbers, their values left from before. */
  ints(n: number): Int32Array {
    if (this.intBuffer.length < n) this.intBuffer = new Int32Array(Math.max(n, this.intBuffer.length * 2));
    return this.intBuffer;
  }

  /** A list of exactly `n` episodes to fill, the same list each time for `n`. */
  chainOf(n: number): Episode[] {
    return (this.chains[n] ??= new Array<Episode>(n));
  }
}
