import type { Episode } from "../model/cohort.js";
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
 * Splits a period's episodes (`chain`, in chain order) into placement spells by rules 1–5 of
 * indicators.md §1.8: writes in `spellOf[i]` the spell of `chain[i]` (0, 1, … in order) and
 * returns how many spells there are. `raw` drops rules 2–3 (temporary placements are moves
 * like any other); rule 5 still applies. Numbers, not objects: this runs for every period.
 */
export function splitSpells(chain: readonly Episode[], counting: PlacementCounting, collapseUnchangedMoves: boolean, spellOf: number[]): number {
  let spell = -1;
  let beforeTemporary: Episode | null = null; // B: the last non-temporary episode before a temporary run
  let inTemporaryRun = false;
  let previous: Episode | null = null;

  for (let i = 0; i < chain.length; i += 1) {
    const e = chain[i]!;
    const temporary = counting !== "raw" && isTemporaryPlacement(e.placementType);
    let startsSpell = false;
    if (previous === null) {
      startsSpell = true; // rule 1
    } else if (temporary) {
      if (!inTemporaryRun) beforeTemporary = isTemporaryPlacement(previous.placementType) ? beforeTemporary : previous;
      // rule 2: the temporary run stays in the spell
    } else if (inTemporaryRun && beforeTemporary !== null) {
      const same =
        e.placementType === beforeTemporary.placementType &&
        !differs(e.placementPostcode, beforeTemporary.placementPostcode) &&
        !differs(e.urn, beforeTemporary.urn);
      startsSpell = !same; // rule 3: back to the same placement, or a new one
    } else if (
      // Rule 5 applies under every policy: `raw` drops rules 2–3 only.
      collapseUnchangedMoves && e.reasonForNewEpisode === "P" &&
      e.placementType === previous.placementType && e.placementPostcode === previous.placementPostcode &&
      e.urn === previous.urn && e.placementProvider === previous.placementProvider
    ) {
      // rule 5: an unchanged move stays in the spell
    } else if (NEW_CARER[counting].has(e.reasonForNewEpisode)) {
      startsSpell = true; // rule 4
    }
    if (startsSpell) spell += 1;
    spellOf[i] = spell;
    inTemporaryRun = temporary;
    if (!temporary) beforeTemporary = null;
    previous = e;
  }
  return spell + 1;
}

/** The period's placement spells (`splitSpells`), as objects, in chain order. */
export function placementSpells(period: PeriodOfCare, counting: PlacementCounting, collapseUnchangedMoves: boolean): Spell[] {
  const spellOf: number[] = [];
  splitSpells(period.episodes, counting, collapseUnchangedMoves, spellOf);
  return spellsOf(period, spellOf);
}

/** The spells of `period` whose episodes' spells are `spellOf` (in chain order, numbered from any start), as objects. */
export function spellsOf(period: PeriodOfCare, spellOf: ArrayLike<number>): Spell[] {
  const spells: Spell[] = [];
  const episodes = period.episodes;
  for (let first = 0; first < episodes.length; ) {
    let end = first + 1;
    while (end < episodes.length && spellOf[end] === spellOf[first]) end += 1;
    // Spells split the period's episodes in order, so a spell of all of them is the period's list itself.
    const run = end - first === episodes.length ? episodes : episodes.slice(first, end);
    spells.push({ episodes: run, start: run[0]!.start, end: run[run.length - 1]!.end, period });
    first = end;
  }
  return spells;
}
