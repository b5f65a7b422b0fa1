import type { Episode } from "../../src/model/cohort.js";
import { compareEpisodes } from "../../src/history/episodeOrder.js";
import type { PeriodOfCare } from "../../src/history/periodsOfCare.js";
import type { PlacementCounting, Spell } from "../../src/history/spells.js";

/*
 * Periods of care (indicators.md §1.6) and placement spells (§1.8) written out plainly, with
 * objects and maps, as the spec reads: the reference the library's numbers on episode rows are
 * held to (test/history/historyIndex.test.ts). Slow and simple on purpose.
 */

const isShortBreakEpisode = (e: Episode) => ["V3", "V4"].includes(e.legalStatus);
const isTemporary = (placementType: string) => ["T0", "T1", "T2", "T3", "T4"].includes(placementType);

/** §1.6: how well `earlier` suits as the episode `e` continues (same carer for RNE L/T/U, same status for RNE P/T). */
function suitability(e: Episode, earlier: Episode): number {
  const samePlace = earlier.placementType === e.placementType;
  const sameSite = samePlace && earlier.placementPostcode === e.placementPostcode && earlier.urn === e.urn;
  const carerPoints = ["L", "T", "U"].includes(e.reasonForNewEpisode) ? (sameSite ? 2 : samePlace ? 1 : 0) : 0;
  const statusPoints = ["P", "T"].includes(e.reasonForNewEpisode) && earlier.legalStatus === e.legalStatus ? 1 : 0;
  return carerPoints + statusPoints;
}

/**
 * §1.6: each episode other than RNE S continues the earlier episode (in chaining order) that
 * closed X1 on its DECOM and that nothing continues yet, the most suitable, then the one read
 * first; a period is a chain from an episode nothing continues.
 */
export function referencePeriods(episodes: Episode[]): PeriodOfCare[] {
  const continuedBy = new Map<Episode, Episode>();
  const continues = new Map<Episode, Episode>();
  episodes.forEach((e, i) => {
    if (e.reasonForNewEpisode === "S") return;
    const candidates = episodes.slice(0, i).filter((p) => p.end === e.start && p.endReason === "X1" && !continuedBy.has(p));
    if (candidates.length === 0) return;
    const chosen = candidates.reduce((best, p) => {
      const [a, b] = [suitability(e, p), suitability(e, best)];
      return a > b || (a === b && p.readOrder < best.readOrder) ? p : best;
    });
    continuedBy.set(chosen, e);
    continues.set(e, chosen);
  });
  const chains = episodes.filter((e) => !continues.has(e)).map((head) => {
    const chain = [head];
    for (let next = continuedBy.get(head); next !== undefined; next = continuedBy.get(next)) chain.push(next);
    return chain;
  });
  chains.sort((a, b) => compareEpisodes(a[0]!, b[0]!));
  return chains.map((chain, index) => {
    const last = chain[chain.length - 1]!;
    return {
      index, episodes: chain.length === episodes.length ? episodes : chain, start: chain[0]!.start, end: last.end,
      endReason: last.end === null ? null : last.endReason, startKnown: chain[0]!.reasonForNewEpisode === "S",
      shortBreakOnly: chain.every(isShortBreakEpisode),
    };
  });
}

/**
 * §1.8: a period's episodes in chain order, cut into spells. An episode joins the spell before
 * it when it is a temporary placement (rule 2; not under `raw`), when it returns from a run of
 * temporary ones to the placement before the run (rule 3: same type, and postcode and URN not
 * known to differ), when it is an unchanged move under `collapseUnchangedMoves` (rule 5), or when
 * its RNE does not mean a new carer (rule 4: S, P, B; and T, U unless counting by carer).
 */
export function referenceSpells(period: PeriodOfCare, counting: PlacementCounting, collapseUnchangedMoves: boolean): Spell[] {
  const chain = period.episodes;
  const known = (value: string | null) => value !== null;
  const startsSpell = chain.map((e, i) => {
    if (i === 0) return true;
    const previous = chain[i - 1]!;
    const temporaryCounts = counting !== "raw";
    if (temporaryCounts && isTemporary(e.placementType)) return false;
    if (temporaryCounts && isTemporary(previous.placementType)) {
      let k = i - 1;
      while (k >= 0 && isTemporary(chain[k]!.placementType)) k -= 1;
      if (k >= 0) {
        const before = chain[k]!;
        const samePlacement =
          before.placementType === e.placementType &&
          !(known(before.placementPostcode) && known(e.placementPostcode) && before.placementPostcode !== e.placementPostcode) &&
          !(known(before.urn) && known(e.urn) && before.urn !== e.urn);
        return !samePlacement;
      }
    }
    const unchanged = e.placementType === previous.placementType && e.placementPostcode === previous.placementPostcode && e.urn === previous.urn && e.placementProvider === previous.placementProvider;
    if (collapseUnchangedMoves && e.reasonForNewEpisode === "P" && unchanged) return false;
    const newCarer = counting === "carer" ? ["S", "P", "B"] : ["S", "P", "B", "T", "U"];
    return newCarer.includes(e.reasonForNewEpisode);
  });
  const spells: Spell[] = [];
  chain.forEach((e, i) => {
    if (startsSpell[i]) spells.push({ episodes: [e], start: e.start, end: e.end, period });
    else {
      const spell = spells[spells.length - 1]!;
      spell.episodes.push(e);
      spell.end = e.end;
    }
  });
  for (const spell of spells) if (spell.episodes.length === chain.length) spell.episodes = chain;
  return spells;
}
