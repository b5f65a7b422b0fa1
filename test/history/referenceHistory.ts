import type { Episode } from "../../src/model/cohort.js";
import { exactSize } from "../../src/numbers/lists.js";
import { compareEpisodes, isShortBreak, isTemporaryPlacement } from "../../src/history/episodeOrder.js";
import type { PeriodOfCare } from "../../src/history/periodsOfCare.js";
import type { PlacementCounting, Spell } from "../../src/history/spells.js";

/*
 * Periods of care (§1.6) and placement spells (§1.8) made as objects, the plain way the library
 * made them before it worked them out on episode rows: the reference the rows are held to.
 */

const SAME_CARER_REASONS = new Set(["L", "T", "U"]);
const SAME_STATUS_REASONS = new Set(["P", "T"]);

/**
 * Chain episodes into periods. `episodes` must be in chaining order (compareEpisodes). An
 * episode with RNE S, or with no predecessor closed X1 on its DECOM, starts a new period;
 * several candidates (only with overlapping or duplicated data) are scored as §1.6 says.
 */
export function referencePeriods(episodes: Episode[]): PeriodOfCare[] {
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

const NEW_CARER: Record<PlacementCounting, ReadonlySet<string>> = {
  carer: new Set(["S", "P", "B"]),
  episode: new Set(["S", "P", "B", "T", "U"]),
  raw: new Set(["S", "P", "B", "T", "U"]),
};

/** Both present and different: a value that is absent on either side is not compared. */
function differs(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a !== b;
}

/**
 * Split a period into placement spells, in chain order, by rules 1–5 of indicators.md §1.8.
 * `raw` drops rules 2–3 (temporary placements are moves like any other); rule 5 still applies.
 */
export function referenceSpells(period: PeriodOfCare, counting: PlacementCounting, collapseUnchangedMoves: boolean): Spell[] {
  const spells: Spell[] = [];
  let current: Episode[] = [];
  let beforeTemporary: Episode | null = null; // B: the last non-temporary episode before a temporary run
  let inTemporaryRun = false;
  let previous: Episode | null = null;

  for (const e of period.episodes) {
    const temporary = counting !== "raw" && isTemporaryPlacement(e.placementType);
    if (previous === null) {
      current = [e]; // rule 1
    } else if (temporary) {
      if (!inTemporaryRun) beforeTemporary = isTemporaryPlacement(previous.placementType) ? beforeTemporary : previous;
      current.push(e); // rule 2
    } else if (inTemporaryRun && beforeTemporary !== null) {
      const same =
        e.placementType === beforeTemporary.placementType &&
        !differs(e.placementPostcode, beforeTemporary.placementPostcode) &&
        !differs(e.urn, beforeTemporary.urn);
      if (same) current.push(e); // rule 3: back to the same placement
      else current = startSpell(spells, current, e, period);
    } else if (
      // Rule 5 applies under every policy: `raw` drops rules 2–3 only.
      collapseUnchangedMoves && e.reasonForNewEpisode === "P" &&
      e.placementType === previous.placementType && e.placementPostcode === previous.placementPostcode &&
      e.urn === previous.urn && e.placementProvider === previous.placementProvider
    ) {
      current.push(e); // rule 5
    } else if (NEW_CARER[counting].has(e.reasonForNewEpisode)) {
      current = startSpell(spells, current, e, period); // rule 4
    } else {
      current.push(e);
    }
    inTemporaryRun = temporary;
    if (!temporary) beforeTemporary = null;
    previous = e;
  }
  if (current.length > 0) spells.push(toSpell(current, period));
  return exactSize(spells);
}

/** Closes the current spell (when it has episodes) and opens one with `e`; returns the new one's episodes. */
function startSpell(spells: Spell[], current: Episode[], e: Episode, period: PeriodOfCare): Episode[] {
  if (current.length > 0) spells.push(toSpell(current, period));
  return [e];
}

function toSpell(built: Episode[], period: PeriodOfCare): Spell {
  // Spells split the period's episodes in order, so a spell of all of them is the period's list itself.
  const episodes = built.length === period.episodes.length ? period.episodes : exactSize(built);
  return { episodes, start: episodes[0]!.start, end: episodes[episodes.length - 1]!.end, period };
}
