import { POLARITIES, type Polarity, UNITS, type Unit } from "../indicators/types.js";
import { assert, assertObject, assertOneOf } from "../errors.js";
import type { BenchmarkResult, Rag, SuppressionMark, Trend, VarianceUnit } from "./types.js";
import { ragOf } from "./rag.js";
import { defaultMinimumChange, trendOf } from "./trend.js";
import { type RateBenchmarkVariance, isSuppressionMark, varianceAgainstBenchmark, varianceAgainstTarget } from "./variance.js";

/** A published comparator: `value` is a number or the source's suppression mark, kept as given. */
export interface BenchmarkInput {
  name: string;
  year: string;
  value: number | SuppressionMark;
}

export interface EvaluateOptions {
  unit: Unit;
  polarity: Polarity;
  target?: number | null;
  /** Amber band ≥ 0 in the indicator's unit; null = 0. */
  tolerance?: number | null;
  /** The presented value at R′, or null. */
  previous?: number | null;
  /** Trend threshold; null or absent = the unit's default (0.1 percent/rate, 1 days/count). */
  minimumChange?: number | null;
  benchmarks?: readonly BenchmarkInput[];
  rateBenchmarkVariance?: RateBenchmarkVariance;
}

export interface Evaluation {
  rag: Rag | null;
  trend: Trend | null;
  varianceTarget: number | null;
  /** Null only when there is no target. */
  varianceTargetUnit: VarianceUnit | null;
  benchmarks: BenchmarkResult[];
}

/**
 * RAG, trend and variances of one presented figure (interface.md §5). Pass `null` for a
 * suppressed or missing value: RAG, trend and variances are then null, while the target's
 * variance unit and the benchmarks are still listed.
 *
 * @example
 * evaluate(76.0, { unit: "rate-per-10k", polarity: "lower-is-better", target: 74 })
 * //=> { rag: "red", trend: null, varianceTarget: 2.7, varianceTargetUnit: "percent", benchmarks: [] }
 */
export function evaluate(value: number | null, options: EvaluateOptions): Evaluation {
  assertObject(options, "evaluate options");
  const { unit, polarity } = options;
  assertOneOf(unit, UNITS, "unit");
  assertOneOf(polarity, POLARITIES, "polarity");
  if (options.rateBenchmarkVariance !== undefined) assertOneOf(options.rateBenchmarkVariance, ["absolute", "relative"] as const, "rateBenchmarkVariance");
  assert(options.benchmarks === undefined || Array.isArray(options.benchmarks), "invalid_argument", "benchmarks must be a list", options.benchmarks);
  const target = options.target ?? null;
  const tolerance = options.tolerance ?? null;
  const minimumChange = options.minimumChange ?? defaultMinimumChange(unit);
  checkFinite(value, "value");
  checkFinite(target, "target");
  checkFinite(options.previous ?? null, "previous");
  assert(tolerance === null || (Number.isFinite(tolerance) && tolerance >= 0), "invalid_argument", `tolerance must be a number ≥ 0, got ${String(tolerance)}`, tolerance);
  assert(Number.isFinite(minimumChange) && minimumChange >= 0, "invalid_argument", `minimumChange must be a number ≥ 0, got ${String(minimumChange)}`, minimumChange);

  const toTarget = target === null ? null : varianceAgainstTarget(unit, value, target);
  return {
    rag: ragOf(value, target, tolerance, polarity),
    trend: trendOf(value, options.previous ?? null, polarity, minimumChange),
    varianceTarget: toTarget?.variance ?? null,
    varianceTargetUnit: toTarget?.varianceUnit ?? null,
    benchmarks: (options.benchmarks ?? []).map((benchmark) => {
      assert(
        isSuppressionMark(benchmark.value) || (typeof benchmark.value === "number" && Number.isFinite(benchmark.value)),
        "invalid_argument",
        `benchmark "${benchmark.name}" value must be a number or one of "c", "x", "k", "z"`,
        benchmark.value,
      );
      const { variance, varianceUnit } = varianceAgainstBenchmark(unit, value, benchmark.value, options.rateBenchmarkVariance);
      return { name: benchmark.name, year: benchmark.year, value: benchmark.value, variance, varianceUnit };
    }),
  };
}

function checkFinite(value: number | null, name: string): void {
  assert(value === null || (typeof value === "number" && Number.isFinite(value)), "invalid_argument", `${name} must be a finite number or null, got ${String(value)}`, value);
}
