import { EPISODE_CHAIN } from "../reads.js";
import { defineIndicator } from "../types.js";
import { measureOc2Flag } from "./healthSources.js";

/**
 * @name immunisationsUpToDate
 * @category Health
 * @summary Children in care for 12 months or more with immunisations up to date.
 * @description OC2 IMMUNISATIONS. Denominator C12(R); numerator IMMUNISATIONS = 1 in the
 * child's OC2 row of the collection year containing R (no row = not up to date). oc2.csv
 * only, whatever `healthSource` says; without it for that year: "needs oc2.csv for 2018-19".
 * Drill-down reasons: short-break, in-care-under-12-months, uasc. Empty cohort: no value.
 * @example
 * immunisationsUpToDate.compute(context) //=> { numerator: 240, denominator: 280, … }
 */
export const immunisationsUpToDate = defineIndicator({
  id: "immunisations-up-to-date",
  narrative: { cohort: "children in care for 12 months or more", verb: "had up-to-date immunisations" },
  title: "Children in care for 12 months or more with immunisations up to date",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "health",
  period: { kind: "snapshot", lookback: "12 months" },
  cohort: "C12(R): children in care without a break for 12 months or more at R (the OC2 cohort).",
  numerator: "Those with OC2 IMMUNISATIONS = 1 for the collection year containing R.",
  data: "episodes; oc2: IMMUNISATIONS",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN, oc2: ["CHILD", "IMMUNISATIONS"] },
  switches: ["excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    return measureOc2Flag(context, (row) => row.immunisations);
  },
});
