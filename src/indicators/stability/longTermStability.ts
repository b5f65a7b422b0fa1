import { AGE, EPISODE_CHAIN, PLACEMENT, PLACEMENT_SITE } from "../reads.js";
import { lookbackStart } from "../../dates/periods.js";
import { isAdoptivePlacement } from "../../history/episodeOrder.js";
import { currentRowsAt, shortBreaksOf } from "../../history/historyIndex.js";
import { birthdaysAt } from "../birthdays.js";
import { CohortMembers, uascExclusion } from "../common.js";
import { defineIndicator } from "../types.js";

/**
 * @name longTermStability
 * @category Placement stability
 * @summary Children in care for at least 2.5 years who have been in the same placement for at least 2 years.
 * @description Former NI 63; DfE long-term stability. Denominator: children with a current
 * episode at R, DOB known and under 16 at R, whose current period began on or before
 * ws(R, 30), with no short-break episode overlapping [ws(R, 30), R]. Numerator: current spell
 * started on or before ws(R, 24), or (adoption exception) current PLACE A3–A6 and the spell
 * before it in the same period started on or before ws(R, 24). Empty cohort: not computable.
 * Drill-down reasons: date-of-birth-unknown, aged-16-or-over, in-care-under-2.5-years,
 * short-break, uasc.
 */
export const longTermStability = defineIndicator({
  id: "long-term-stability",
  narrative: { cohort: "children in care for at least 2.5 years", verb: "had been in the same placement for at least 2 years" },
  title: "Children in care for at least 2.5 years who have been in the same placement for at least 2 years",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "stability",
  period: { kind: "snapshot", lookback: "30 months" },
  cohort: "Children in care at R, under 16 with a known DOB, whose current period began on or before ws(R, 30), with no short break overlapping [ws(R, 30), R].",
  numerator: "Those whose current placement spell began on or before ws(R, 24), or who are placed for adoption (A3–A6) and whose previous spell in the period began by then.",
  data: "episodes: all chain and spell columns; header: DOB",
  needs: ["episodes", "header"],
  reads: { episodes: [...EPISODE_CHAIN, ...PLACEMENT, ...PLACEMENT_SITE], header: AGE },
  switches: ["placementCounting", "collapseUnchangedMoves", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    const { asAt } = context;
    const periodBy = lookbackStart(asAt, 30);
    const spellBy = lookbackStart(asAt, 24);
    const members = new CohortMembers(context.history.ids);
    const current = currentRowsAt(context.history, asAt);
    const { periodStart, spellStart, previousSpellStart, placementType } = context.history.columns;
    const sixteenth = birthdaysAt(context, 16);
    const isUasc = uascExclusion(context);
    const shortBreaks = shortBreaksOf(context.history);
    for (let id = 0; id < current.length; id += 1) {
      const row = current[id]!;
      if (row === -1) continue;
      if (Number.isNaN(sixteenth[id])) members.exclude(id, "date-of-birth-unknown");
      else if (sixteenth[id]! <= asAt) members.exclude(id, "aged-16-or-over");
      else if (periodStart[row]! > periodBy) members.exclude(id, "in-care-under-2.5-years");
      else if (shortBreaks.overlapping(id, periodBy, asAt)) members.exclude(id, "short-break");
      else if (isUasc(id)) members.exclude(id, "uasc");
      else {
        // The previous spell of the current period (NaN: none) counts for a child placed for adoption.
        const stable = spellStart[row]! <= spellBy || (isAdoptivePlacement(placementType[row]!) && previousSpellStart[row]! <= spellBy);
        members.include(id, stable);
      }
    }
    return members.percent();
  },
});
