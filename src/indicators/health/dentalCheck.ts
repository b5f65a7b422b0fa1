import { ASSESSMENTS, EPISODE_CHAIN } from "../reads.js";
import { lookbackStart } from "../../dates/periods.js";
import { defineIndicator, missingTables } from "../types.js";
import { assessmentDays, healthSourceFor, measureOc2Flag, measureOverC12 } from "./healthSources.js";

/**
 * @name dentalCheck
 * @category Health
 * @summary Children in care for 12 months or more with an up-to-date dental check.
 * @description OC2 dental check flag. Denominator C12(R). Source as health-check-annual:
 * health_assessments.csv (TYPE dental from ws(R, 12) to R, all ages) when present, else
 * oc2.csv (TEETH_CHECK = 1 in the row of the collection year containing R).
 * Drill-down reasons: short-break, in-care-under-12-months, uasc. Empty cohort: no value.
 * @example
 * dentalCheck.compute(context) //=> { numerator: 230, denominator: 280, … }
 */
export const dentalCheck = defineIndicator({
  id: "dental-check",
  narrative: { cohort: "children in care for 12 months or more", verb: "had an up-to-date dental check" },
  title: "Children in care for 12 months or more with an up-to-date dental check",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "health",
  period: { kind: "snapshot", lookback: "12 months" },
  cohort: "C12(R): children in care without a break for 12 months or more at R (the OC2 cohort).",
  numerator: "Those with a dental check in the last 12 months, or OC2 TEETH_CHECK = 1 for the year containing R.",
  data: "episodes; oc2: TEETH_CHECK or health_assessments (local)",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN, oc2: ["CHILD", "TEETH_CHECK"], health_assessments: ASSESSMENTS },
  switches: ["healthSource", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    if (healthSourceFor(context) === "oc2") return measureOc2Flag(context, (row) => row.teethCheck);
    // The local source (chosen, or forced by `healthSource`) needs its own file.
    const missing = missingTables(context, ["health_assessments"]);
    if (missing) return missing;
    const from = lookbackStart(context.asAt, 12);
    const dental = assessmentDays(context, ["dental"]);
    return measureOverC12(context, (position) => dental.anyBetween(position, from, context.asAt));
  },
});
