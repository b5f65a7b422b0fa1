import { EPISODE_CHAIN } from "../reads.js";
import type { IndicatorContext } from "../types.js";
import { defineIndicator } from "../types.js";
import { type AdoptedChild, type Interval, daysBetween, meanDays, movingInDate } from "./adoptedChildren.js";

/**
 * A1 interval: entering care (P's start) to moving in with the adoptive family, floored at 0.
 * Left out: no A3–A6 adoption episode; with `unknownPeriodStart: "exclude"`, a period whose
 * first episode is not RNE S.
 */
export function a1Interval(context: IndicatorContext, adopted: AdoptedChild): Interval {
  const movingIn = movingInDate(adopted);
  if (movingIn === null) return { excluded: "no-adoptive-placement" };
  if (context.options.unknownPeriodStart === "exclude" && !adopted.period.startKnown) return { excluded: "unknown-period-start" };
  return { days: daysBetween(adopted.period.start, movingIn) };
}

/**
 * @name adoptionA1Days
 * @category Adoption
 * @summary Average days from entering care to moving in with the adoptive family (A1).
 * @description Adoption scorecard A1. Adopted children: an episode ending E11/E12 (LS not
 * V3/V4) in the adoption window ([W0, W1], or [ws(R, 36), R] with `adoptionWindow:
 * "3-years"`, pooled); the latest if several. Days = moving-in date (first of the last run of
 * A3–A6 episodes ending with the adoption) − start of its period of care, floored at 0.
 * Numerator: total days; denominator: children averaged. No children: not computable.
 * Drill-down reasons: no-adoptive-placement, unknown-period-start, uasc.
 * @example
 * adoptionA1Days.compute(context) //=> { numerator: 707, denominator: 2, … } (mean 354)
 */
export const adoptionA1Days = defineIndicator({
  id: "adoption-a1-days",
  narrative: { cohort: "adopted children", verb: "waited between entering care and moving in with their adoptive family" },
  title: "Average days from entering care to moving in with the adoptive family (A1)",
  unit: "days",
  polarity: "lower-is-better",
  theme: "adoption",
  period: { kind: "window" },
  cohort: "Children adopted (episode ending E11/E12, not a short break) in the adoption window who moved in with their adopters (A3–A6).",
  numerator: "Total days from entering care (start of the period of care) to moving in with the adoptive family, each floored at 0.",
  data: "episodes",
  needs: ["episodes"],
  reads: { episodes: [...EPISODE_CHAIN, "PLACE"] },
  switches: ["adoptionWindow", "unknownPeriodStart", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: 426,
  compute(context) {
    return meanDays(context, (adopted) => a1Interval(context, adopted));
  },
});
