import { match } from "ts-pattern";
import { assertOneOf } from "../errors.js";
import { UNITS, type Unit } from "../indicators/types.js";
import { meanDaysValue, percentValue, ratePer10000Value } from "../numbers/decimal.js";

/**
 * The presented value of a figure (indicators.md §1.10), rounded half-up once from exact
 * integers: percent n/d × 100 to 1 dp; rate c/p × 10,000 to 1 dp; days T/n to a whole day;
 * count n. Null when there is nothing to divide by (no cohort, no population).
 *
 * @example
 * presentValue("percent", 22, 380, null) //=> 5.8
 * presentValue("rate-per-10k", 380, null, 50000) //=> 76
 */
export function presentValue(unit: Unit, numerator: number | null, denominator: number | null, population: number | null): number | null {
  assertOneOf(unit, UNITS, "unit");
  if (numerator === null) return null;
  return match(unit)
    .with("count", () => numerator)
    .with("percent", () => (denominator !== null && denominator > 0 ? percentValue(numerator, denominator) : null))
    .with("days", () => (denominator !== null && denominator > 0 ? meanDaysValue(numerator, denominator) : null))
    .with("rate-per-10k", () => (population !== null && population > 0 ? ratePer10000Value(numerator, population) : null))
    .exhaustive();
}
