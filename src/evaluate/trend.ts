import { match } from "ts-pattern";
import { assertOneOf } from "../errors.js";
import { POLARITIES, type Polarity, UNITS, type Unit } from "../indicators/types.js";
import { Decimal } from "../numbers/decimal.js";
import type { Trend } from "./types.js";

/**
 * Default trend threshold (interface.md §5): one step of the printed figure, so any change a
 * reader can see shows as a movement, as in council reports.
 */
export function defaultMinimumChange(unit: Unit): number {
  assertOneOf(unit, UNITS, "unit");
  return unit === "percent" || unit === "rate-per-10k" ? 0.1 : 1;
}

/**
 * Trend of a presented value against the previous one: d = value − previous; |d| below
 * `minimumChange` is stable, else improving when d goes the polarity's good way. Null when
 * either side is null or the polarity is `none`.
 *
 * @example
 * ```ts
 * trendOf(5.8, 6.9, "lower-is-better", 0.1); // "improving"
 * ```
 */
export function trendOf(value: number | null, previous: number | null, polarity: Polarity, minimumChange: number): Trend | null {
  assertOneOf(polarity, POLARITIES, "polarity");
  if (value === null || previous === null) return null;
  const change = new Decimal(value).minus(previous);
  // No change is stable even with a zero threshold (decimal.js calls 0 positive).
  const stable = change.isZero() || change.abs().lessThan(minimumChange);
  return match(polarity)
    .returnType<Trend | null>()
    .with("none", () => null)
    .with("higher-is-better", () => (stable ? "stable" : change.isPositive() ? "improving" : "worsening"))
    .with("lower-is-better", () => (stable ? "stable" : change.isNegative() ? "improving" : "worsening"))
    .exhaustive();
}
