import { EPISODE_CHAIN } from "../reads.js";
import { type IndicatorContext, defineIndicator } from "../types.js";
import { type AdoptedChild, type Interval, daysBetween, movingInDate, meanDays } from "./adoptedChildren.js";

const PLACEMENT_ORDER = new Set(["E1", "D1"]);

/**
 * A2 interval: court authority to place (DECOM of P's first E1/D1 episode in chain order) to
 * the match with adopters (AD1 DATE_MATCH), floored at 0. Left out: no moving-in date, no
 * E1/D1 episode in P (e.g. placed with parental consent), no AD1 row, or a match dated after R
 * (anything dated after R is ignored, §1.2: the child has no match yet).
 */
export function a2Interval(context: IndicatorContext, adopted: AdoptedChild): Interval {
  if (movingInDate(adopted) === null) return { excluded: "no-adoptive-placement" };
  const order = adopted.period.episodes.find((e) => PLACEMENT_ORDER.has(e.legalStatus));
  if (order === undefined) return { excluded: "no-placement-order" };
  const ad1 = adopted.child.ad1;
  if (ad1 === null) return { excluded: "no-ad1-row" };
  if (ad1.matchDate > context.asAt) return { excluded: "no-match-by-as-at" };
  return { days: daysBetween(order.start, ad1.matchDate) };
}

/**
 * @name adoptionA2Days
 * @category Adoption
 * @summary Average days from court authority to place to a match with adopters (A2).
 * @description Adoption scorecard A2. Adopted children (as A1) with an E1 or D1 episode in
 * the adoption's period of care and an AD1 row. Days = DATE_MATCH − DECOM of the first E1/D1
 * episode, floored at 0 (a match before the order counts as 0). Numerator: total days;
 * denominator: children averaged. No children: not computable. Drill-down reasons:
 * no-adoptive-placement, no-placement-order, no-ad1-row, no-match-by-as-at, uasc.
 * @example
 * adoptionA2Days.compute(context) //=> { numerator: 209, denominator: 1, … }
 */
export const adoptionA2Days = defineIndicator({
  id: "adoption-a2-days",
  narrative: { cohort: "adopted children", verb: "waited between the court's authority to place and a match with adopters" },
  title: "Average days from court authority to place to a match with adopters (A2)",
  unit: "days",
  polarity: "lower-is-better",
  theme: "adoption",
  period: { kind: "window" },
  cohort: "Adopted children (as adoption-a1-days) with a placement or freeing order (LS E1/D1) in the period of care and an AD1 row.",
  numerator: "Total days from the first E1/D1 episode's DECOM to AD1 DATE_MATCH, each floored at 0.",
  data: "episodes; ad1: DATE_MATCH",
  needs: ["episodes", "ad1"],
  reads: { episodes: [...EPISODE_CHAIN, "PLACE"], ad1: ["CHILD", "DATE_MATCH"] },
  switches: ["adoptionWindow", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: 121,
  compute(context) {
    return meanDays(context, (adopted) => a2Interval(context, adopted));
  },
});
