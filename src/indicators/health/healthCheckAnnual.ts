import { AGE, ASSESSMENTS, EPISODE_CHAIN } from "../reads.js";
import { lookbackStart } from "../../dates/periods.js";
import { birthdaysAt } from "../birthdays.js";
import { type IndicatorContext, defineIndicator, missingTables } from "../types.js";
import { assessmentDays, healthSourceFor, measureOc2Flag, measureOverC12 } from "./healthSources.js";

/**
 * A local health assessment (initial or review) within the last 12 months, or the last
 * `healthUnder5Months` (6) for a child under 5 at R (CPPCR Schedule 1); unknown DOB counts as 5 or over.
 * Returns the test of a child (and its cohort position) at the context's R.
 */
export function currentHealthAssessmentTest(context: IndicatorContext): (position: number) => boolean {
  const { asAt } = context;
  const assessments = assessmentDays(context, ["initial", "review"]);
  const fromUnderFive = lookbackStart(asAt, context.options.healthUnder5Months);
  const from = lookbackStart(asAt, 12);
  const fifth = birthdaysAt(context, 5);
  return (position) => {
    const underFive = fifth[position]! > asAt; // NaN (no DOB) compares false
    return assessments.anyBetween(position, underFive ? fromUnderFive : from, asAt);
  };
}

/**
 * @name healthCheckAnnual
 * @category Health
 * @summary Children in care for 12 months or more with an up-to-date health assessment.
 * @description OC2 annual health assessment; CPPCR 2010 Schedule 1. Denominator C12(R).
 * Source (`healthSource: "auto"`): health_assessments.csv when present (an initial or review
 * assessment from ws(R, 12) to R, from ws(R, 6) for a child under 5), else oc2.csv
 * (HEALTH_ASSESSMENT = 1 in the row of the collection year containing R; no row = not done).
 * Drill-down reasons: short-break, in-care-under-12-months, uasc. Empty cohort: no value.
 * @example
 * healthCheckAnnual.compute(context) //=> { numerator: 250, denominator: 280, … }
 */
export const healthCheckAnnual = defineIndicator({
  id: "health-check-annual",
  narrative: { cohort: "children in care for 12 months or more", verb: "had an up-to-date health assessment" },
  title: "Children in care for 12 months or more with an up-to-date health assessment",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "health",
  period: { kind: "snapshot", lookback: "12 months" },
  cohort: "C12(R): children in care without a break for 12 months or more at R (the OC2 cohort).",
  numerator: "Those with a health assessment in the last 12 months (6 months under age 5), or OC2 HEALTH_ASSESSMENT = 1 for the year containing R.",
  data: "episodes; oc2: HEALTH_ASSESSMENT or health_assessments (local) (+ header: DOB)",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN, header: AGE, oc2: ["CHILD", "HEALTH_ASSESSMENT"], health_assessments: ASSESSMENTS },
  switches: ["healthSource", "healthUnder5Months", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    if (healthSourceFor(context) === "oc2") return measureOc2Flag(context, (row) => row.healthAssessment);
    // The local source (chosen, or forced by `healthSource`) needs its own file.
    return missingTables(context, ["health_assessments"]) ?? measureOverC12(context, currentHealthAssessmentTest(context));
  },
});
