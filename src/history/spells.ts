import type { Episode } from "../model/cohort.js";
import { exactSize } from "../numbers/lists.js";
import type { ScorecardOptions } from "../model/options.js";
import { isTemporaryPlacement } from "./episodeOrder.js";
import type { PeriodOfCare } from "./periodsOfCare.js";

/** A placement spell: a run of episodes in one period of care with the same carer (§1.8). */
export interface Spell {
  episodes: Episode[];
  /** DECOM of its first episode. */
  start: number;
  /** DEC of its last episode (null while open). */
  end: number | null;
  period: PeriodOfCare;
}

export type PlacementCounting = ScorecardOptions["placementCounting"];

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
export function placementSpells(period: PeriodOfCare, counting: PlacementCounting, collapseUnchangedMoves: boolean): Spell[] {
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
