import DecimalBase from "decimal.js";

/**
 * The only importer of decimal.js. Derived values (percentages, rates, mean days, variances)
 * are exact rationals turned into Decimal here and rounded half-up once, at presentation
 * (indicators.md §1.10). Binary floating point never decides a tie.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Round half away from zero to `places` decimals (−10.555… → −10.6), as Excel's ROUND. */
export function roundHalfUp(value: DecimalBase.Value, places: number): Decimal {
  return new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** A presented Decimal as a plain JSON number (no −0, no exponent beyond what JSON prints). */
export function toNumber(value: Decimal): number {
  const n = value.toNumber();
  return Object.is(n, -0) ? 0 : n;
}

/** n/d × 100, to 1 dp. d must be positive. */
export function percentValue(numerator: number, denominator: number): number {
  return toNumber(roundHalfUp(new Decimal(numerator).times(100).dividedBy(denominator), 1));
}

/** c/p × 10,000, to 1 dp. p must be positive. */
export function ratePer10000Value(count: number, population: number): number {
  return toNumber(roundHalfUp(new Decimal(count).times(10000).dividedBy(population), 1));
}

/** Mean of whole days T/n, to a whole day. n must be positive. */
export function meanDaysValue(totalDays: number, children: number): number {
  return toNumber(roundHalfUp(new Decimal(totalDays).dividedBy(children), 0));
}

/** v − r rounded half away from zero to `places`. */
export function differenceValue(value: number, reference: number, places: number): number {
  return toNumber(roundHalfUp(new Decimal(value).minus(reference), places));
}

/** (v − r) / r × 100 to 1 dp; null when r = 0. */
export function relativeDifferenceValue(value: number, reference: number): number | null {
  if (reference === 0) return null;
  return toNumber(roundHalfUp(new Decimal(value).minus(reference).dividedBy(reference).times(100), 1));
}

/** Compare presented values exactly (decimal, not binary). */
export function compareValues(a: number, b: number): -1 | 0 | 1 {
  return new Decimal(a).comparedTo(b) as -1 | 0 | 1;
}
