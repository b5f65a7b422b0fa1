import { EPISODE_CHAIN, PLACEMENT, PLACEMENT_SITE } from "../reads.js";
import { lookbackStart } from "../../dates/periods.js";
import { isShortBreak, overlaps } from "../../history/episodeOrder.js";
import type { ChildHistory } from "../../history/historyIndex.js";
import { childrenInCare } from "../care-population/childrenInCare.js";
import { defineIndicator, sortedIds } from "../types.js";

/** Placement spells of a child overlapping [from, to], across all periods of care (§3.2). */
export function placementsInLookback(history: ChildHistory, from: number, to: number, countShortBreaks: boolean): number {
  let count = 0;
  for (const spells of history.spells) {
    for (const spell of spells) {
      for (const e of spell.episodes) {
        if ((countShortBreaks || !isShortBreak(e)) && overlaps(e, from, to)) {
          count += 1;
          break;
        }
      }
    }
  }
  return count;
}

/**
 * @name placementsThreePlus
 * @category Placement stability
 * @summary Children in care at R with three or more placements in the 12 months to R.
 * @description Former NI 62. Denominator CLA(R), with no minimum time in care. Numerator:
 * children with ≥ 3 placement spells (§1.8) overlapping [ws(R, 12), R], across all their
 * periods; the spell open at the start of the lookback counts as one. A spell counts only
 * when one of its non-short-break episodes overlaps the lookback. The lookback is 12 months
 * whatever `--period` is. Empty cohort: not computable.
 * @example
 * placementsThreePlus.compute(context) //=> { numerator: 22, denominator: 380, … }
 */
export const placementsThreePlus = defineIndicator({
  id: "placements-3plus",
  narrative: { cohort: "children in care", verb: "had three or more placements in the last 12 months" },
  title: "Children in care with three or more placements in the last 12 months",
  unit: "percent",
  polarity: "lower-is-better",
  theme: "stability",
  period: { kind: "snapshot", lookback: "12 months" },
  cohort: "CLA(R): children in care at R (short breaks out), any time in care.",
  numerator: "Those with at least 3 placement spells overlapping [ws(R, 12), R], across all periods of care.",
  data: "episodes: all chain and spell columns (DECOM DEC RNE LS PLACE PLACE_PROVIDER PL_POST URN REC)",
  needs: ["episodes"],
  reads: { episodes: [...EPISODE_CHAIN, ...PLACEMENT, ...PLACEMENT_SITE] },
  switches: ["placementCounting", "collapseUnchangedMoves", "shortBreakPlacements", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    const inCare = childrenInCare(context);
    const from = lookbackStart(context.asAt, 12);
    const countShortBreaks = context.options.shortBreakPlacements === "count";
    const moved: string[] = [];
    for (const history of inCare.histories) {
      if (placementsInLookback(history, from, context.asAt, countShortBreaks) >= 3) moved.push(history.child.childId);
    }
    const { numerator: denominator, excluded } = inCare.members();
    const numerator = sortedIds(moved);
    return { kind: "measured", numerator: numerator.length, denominator: denominator.length, members: { numerator, denominator, excluded } };
  },
});
