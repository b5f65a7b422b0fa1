import { assertOneOf } from "../errors.js";
import { UNITS, type Unit } from "../indicators/types.js";
import { differenceValue, relativeDifferenceValue } from "../numbers/decimal.js";
import type { SuppressionMark, VarianceUnit } from "./types.js";

/** How a rate is compared with a benchmark (option `rateBenchmarkVariance`). */
export type RateBenchmarkVariance = "absolute" | "relative";

export interface Variance {
  variance: number | null;
  varianceUnit: VarianceUnit;
}

export const SUPPRESSION_MARKS: readonly SuppressionMark[] = ["c", "x", "k", "z"];

/**
 * @example
 * ```ts
 * isSuppressionMark("c"); // true: the DfE's mark for a suppressed figure
 * isSuppressionMark(5); // false
 * ```
 */
export function isSuppressionMark(value: unknown): value is SuppressionMark {
  return typeof value === "string" && (SUPPRESSION_MARKS as readonly string[]).includes(value);
}

/**
 * Variance against the target (interface.md §5): percent in points (1 dp), rate relative in
 * percent (1 dp, null when the target is 0), days and counts as whole differences. Rounding
 * is half away from zero. Null variance when the value is null.
 *
 * @example
 * ```ts
 * varianceAgainstTarget("percent", 5.8, 6); // { variance: -0.2, varianceUnit: "points" }
 * varianceAgainstTarget("rate-per-10k", 76, 74); // { variance: 2.7, varianceUnit: "percent" }
 * ```
 */
export function varianceAgainstTarget(unit: Unit, value: number | null, target: number): Variance {
  assertOneOf(unit, UNITS, "unit");
  return unit === "rate-per-10k" ? relative(value, target) : difference(unit, value, target);
}

/**
 * Variance against a benchmark: as for the target, except a rate is a plain difference per
 * 10,000 unless `rateBenchmarkVariance` is "relative". A suppression mark has no variance.
 *
 * @example
 * ```ts
 * varianceAgainstBenchmark("rate-per-10k", 76, 64, "absolute"); // { variance: 12, varianceUnit: "per-10k" }
 * ```
 */
export function varianceAgainstBenchmark(
  unit: Unit,
  value: number | null,
  benchmark: number | SuppressionMark,
  rateBenchmarkVariance: RateBenchmarkVariance = "absolute",
): Variance {
  assertOneOf(unit, UNITS, "unit");
  assertOneOf(rateBenchmarkVariance, ["absolute", "relative"] as const, "rateBenchmarkVariance");
  const reference = typeof benchmark === "number" ? benchmark : null;
  if (unit === "rate-per-10k" && rateBenchmarkVariance === "relative") return relative(value, reference);
  return difference(unit, value, reference);
}

function relative(value: number | null, reference: number | null): Variance {
  return { variance: value === null || reference === null ? null : relativeDifferenceValue(value, reference), varianceUnit: "percent" };
}

/** Unit and decimal places of a plain difference v − r. */
const DIFFERENCE = {
  percent: { varianceUnit: "points", places: 1 },
  "rate-per-10k": { varianceUnit: "per-10k", places: 1 },
  days: { varianceUnit: "days", places: 0 },
  count: { varianceUnit: "count", places: 0 },
} as const satisfies Record<Unit, { varianceUnit: VarianceUnit; places: number }>;

function difference(unit: Unit, value: number | null, reference: number | null): Variance {
  const { varianceUnit, places } = DIFFERENCE[unit];
  return { variance: value === null || reference === null ? null : differenceValue(value, reference, places), varianceUnit };
}
