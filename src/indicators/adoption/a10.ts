import { EPISODE_CHAIN, PLACEMENT_SITE } from "../reads.js";
import type { IndicatorContext } from "../types.js";
import { defineIndicator } from "../types.js";
import { type AdoptedChild, type Interval, daysBetween, meanDays } from "./adoptedChildren.js";
import { a1Interval } from "./a1.js";

const WITH_FOSTER_CARER = new Set(["A3", "A5"]);
const SAME_CARER = new Set(["T", "U"]);

/**
 * A foster-carer adoption (§3.8 A10): the AD1 row says FOSTER_CARE 1, or the first A3–A6
 * episode is A3/A5 entered with RNE T or U (the foster carer became the adopter).
 */
export function isFosterCarerAdoption(adopted: AdoptedChild): boolean {
  const first = adopted.firstAdoptivePlacement;
  if (adopted.child.ad1?.fosterCare === 1) return true;
  return first !== null && WITH_FOSTER_CARER.has(first.placementType) && SAME_CARER.has(first.reasonForNewEpisode);
}

/**
 * A10 interval: as A1, but for a foster-carer adoption the end is the start of the `carer`
 * placement spell holding the first A3–A6 episode (whatever `placementCounting` says): the day
 * the child first lived with those carers while they were fostering.
 */
export function a10Interval(context: IndicatorContext, adopted: AdoptedChild): Interval {
  const a1 = a1Interval(context, adopted);
  const first = adopted.firstAdoptivePlacement;
  if ("excluded" in a1 || first === null || !isFosterCarerAdoption(adopted)) return a1;
  const spell = adopted.history.carerSpells(adopted.period).find((s) => s.episodes.includes(first))!;
  return { days: daysBetween(adopted.period.start, spell.start) };
}

/**
 * @name adoptionA10Days
 * @category Adoption
 * @summary Average days from entering care to moving in with the adoptive family, adjusted for foster-carer adoptions (A10).
 * @description Adoption scorecard A10. As A1, except that for a foster-carer adoption (AD1
 * FOSTER_CARE 1, or first A3–A6 episode A3/A5 entered with RNE T or U) the end date is the
 * start of the carer placement spell that contains the first A3–A6 episode. Numerator: total
 * days; denominator: children averaged. No children: not computable. Drill-down reasons:
 * no-adoptive-placement, unknown-period-start, uasc.
 * @example
 * adoptionA10Days.compute(context) //=> { numerator: 462, denominator: 2, … } (mean 231)
 */
export const adoptionA10Days = defineIndicator({
  id: "adoption-a10-days",
  narrative: { cohort: "adopted children", verb: "waited between entering care and moving in with their adoptive family (adjusted for foster-carer adoptions)" },
  title: "Average days from entering care to moving in with the adoptive family, adjusted for foster-carer adoptions (A10)",
  unit: "days",
  polarity: "lower-is-better",
  theme: "adoption",
  period: { kind: "window" },
  cohort: "As adoption-a1-days.",
  numerator: "Total days from entering care to moving in; for a foster-carer adoption, to the start of the placement with those carers.",
  data: "episodes; ad1: FOSTER_CARE",
  needs: ["episodes", "ad1"],
  reads: { episodes: [...EPISODE_CHAIN, "PLACE", ...PLACEMENT_SITE], ad1: ["CHILD", "FOSTER_CARE"] },
  switches: ["adoptionWindow", "unknownPeriodStart", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: 426,
  compute(context) {
    return meanDays(context, (adopted) => a10Interval(context, adopted));
  },
});
