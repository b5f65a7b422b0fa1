import type { ScorecardOptions } from "../config/options.js";
import type { ChildRecord, Cohort, Episode } from "../model/cohort.js";
import { covers, isShortBreak } from "./episodeOrder.js";
import { type PeriodOfCare, chainPeriods } from "./periodsOfCare.js";
import { type PlacementCounting, type Spell, placementSpells } from "./spells.js";

/**
 * Derived history of one child under one set of options: episodes (after
 * `staleOpenEpisodes`), periods of care and placement spells. Built lazily, once per child.
 */
export interface ChildHistory {
  child: ChildRecord;
  episodes: Episode[];
  periods: PeriodOfCare[];
  /** Spells of each period under `placementCounting` (same order as `periods`). */
  spells: Spell[][];
  /** Spells under the `carer` policy whatever the option says (A10 uses them). */
  carerSpells(period: PeriodOfCare): Spell[];
}

export interface HistoryIndex {
  options: ScorecardOptions;
  of(child: ChildRecord): ChildHistory;
}

export function createHistoryIndex(cohort: Cohort, options: ScorecardOptions): HistoryIndex {
  const cache = new Map<string, ChildHistory>();
  void cohort;
  return {
    options,
    of(child) {
      let h = cache.get(child.childId);
      if (!h) {
        h = buildChildHistory(child, options);
        cache.set(child.childId, h);
      }
      return h;
    },
  };
}

export function buildChildHistory(child: ChildRecord, options: ScorecardOptions): ChildHistory {
  const episodes = options.staleOpenEpisodes === "close" ? closeStaleEpisodes(child.episodes) : child.episodes;
  const periods = chainPeriods(episodes);
  const spellsOf = (counting: PlacementCounting) =>
    periods.map((p) => placementSpells(p, counting, counting === options.placementCounting && options.collapseUnchangedMoves));
  const spells = spellsOf(options.placementCounting);
  let carer: Spell[][] | null = options.placementCounting === "carer" ? spells : null;
  return {
    child,
    episodes,
    periods,
    spells,
    carerSpells(period) {
      if (carer === null) carer = periods.map((p) => placementSpells(p, "carer", false));
      return carer[period.index]!;
    },
  };
}

/**
 * `staleOpenEpisodes: "close"`: a stale open episode ends at the child's next DECOM with
 * REC X1; with no later episode it stays open (indicators.md §1.5).
 */
function closeStaleEpisodes(episodes: Episode[]): Episode[] {
  if (!episodes.some((e) => e.stale)) return episodes;
  return episodes.map((e) => {
    if (!e.stale || e.end !== null) return e;
    const next = episodes.find((o) => o.start > e.start);
    return next ? { ...e, end: next.start, endReason: "X1" } : e;
  });
}

/** The current episode at R (§1.6): covering R, not a short break, latest DECOM; ties: open, later DEC, read last. */
export function currentEpisode(history: ChildHistory, asAt: number): { episode: Episode; period: PeriodOfCare; spell: Spell; spellIndex: number } | null {
  let best: Episode | null = null;
  for (const e of history.episodes) {
    if (!covers(e, asAt) || isShortBreak(e)) continue;
    if (best === null || isLaterCurrent(e, best)) best = e;
  }
  if (best === null) return null;
  for (const period of history.periods) {
    const spells = history.spells[period.index]!;
    for (let i = 0; i < spells.length; i += 1) {
      if (spells[i]!.episodes.includes(best)) return { episode: best, period, spell: spells[i]!, spellIndex: i };
    }
  }
  return null;
}

function isLaterCurrent(e: Episode, best: Episode): boolean {
  if (e.start !== best.start) return e.start > best.start;
  if ((e.end === null) !== (best.end === null)) return e.end === null;
  if (e.end !== null && best.end !== null && e.end !== best.end) return e.end > best.end;
  return e.readOrder > best.readOrder;
}

/** CLA(R): at least one non-short-break episode covers R (§1.9). */
export function isLookedAfterOn(history: ChildHistory, day: number): boolean {
  return history.episodes.some((e) => !isShortBreak(e) && covers(e, day));
}

/** UASC at D: in uasc.csv and DUC blank or after D (§1.7). */
export function isUascOn(child: ChildRecord, day: number): boolean {
  return child.uasc !== null && (child.uasc.ceased === null || child.uasc.ceased > day);
}
