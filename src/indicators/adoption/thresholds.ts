import { EPISODE_CHAIN } from "../reads.js";
import type { ScorecardOptions } from "../../model/options.js";
import { defineIndicator } from "../types.js";
import { a1Interval } from "./a1.js";
import { a2Interval } from "./a2.js";
import { withinThreshold } from "./adoptedChildren.js";

/**
 * @name adoptionA1WithinThreshold
 * @category Adoption
 * @summary Adopted children who moved in with their adopters within 426 days of entering care.
 * @description Adoption scorecard A3 (share placed within 14 months of entry). Denominator: the
 * A1 children; numerator: those with A1 days ≤ `a1ThresholdDays` (426; the boundary day counts
 * as within). The title carries the configured number. No children: not computable.
 * @example
 * adoptionA1WithinThreshold.compute(context) //=> { numerator: 1, denominator: 2, … }
 */
export const adoptionA1WithinThreshold = defineIndicator({
  id: "adoption-a1-within-threshold",
  narrative: { cohort: "adopted children", verb: "moved in with their adopters within the threshold" },
  title: (options: ScorecardOptions) =>
    `Adopted children who moved in with their adopters within ${options.a1ThresholdDays} days of entering care`,
  unit: "percent",
  polarity: "higher-is-better",
  theme: "adoption",
  period: { kind: "window" },
  cohort: "The children averaged by adoption-a1-days.",
  numerator: "Those whose A1 days are at most a1ThresholdDays (426).",
  data: "episodes",
  needs: ["episodes"],
  reads: { episodes: [...EPISODE_CHAIN, "PLACE"] },
  switches: ["a1ThresholdDays", "adoptionWindow", "unknownPeriodStart", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    return (
      withinThreshold(context, (adopted) => a1Interval(context, adopted), context.options.a1ThresholdDays)
    );
  },
});

/**
 * @name adoptionA2WithinThreshold
 * @category Adoption
 * @summary Adopted children matched within 121 days of court authority to place.
 * @description Denominator: the A2 children; numerator: those with A2 days ≤
 * `a2ThresholdDays` (121; the boundary day counts as within). The title carries the
 * configured number. No children: not computable.
 * @example
 * adoptionA2WithinThreshold.compute(context) //=> { numerator: 0, denominator: 1, … }
 */
export const adoptionA2WithinThreshold = defineIndicator({
  id: "adoption-a2-within-threshold",
  narrative: { cohort: "adopted children", verb: "were matched within the threshold" },
  title: (options: ScorecardOptions) => `Adopted children matched within ${options.a2ThresholdDays} days of court authority to place`,
  unit: "percent",
  polarity: "higher-is-better",
  theme: "adoption",
  period: { kind: "window" },
  cohort: "The children averaged by adoption-a2-days.",
  numerator: "Those whose A2 days are at most a2ThresholdDays (121).",
  data: "episodes; ad1: DATE_MATCH",
  needs: ["episodes", "ad1"],
  reads: { episodes: [...EPISODE_CHAIN, "PLACE"], ad1: ["CHILD", "DATE_MATCH"] },
  switches: ["a2ThresholdDays", "adoptionWindow", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    return withinThreshold(context, (adopted) => a2Interval(context, adopted), context.options.a2ThresholdDays);
  },
});
