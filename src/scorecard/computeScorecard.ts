import { isoFromDay } from "../dates/day.js";
import { type PeriodKind, previousAsAt, seriesAsAts } from "../dates/periods.js";
import type { Day } from "../dates/day.js";
import { evaluate } from "../evaluate/evaluate.js";
import { CicScorecardError, assertObject } from "../errors.js";
import { type IndicatorDefinition, type Members, titleOf } from "../indicators/types.js";
import type { ScorecardConfig, ScorecardConfigInput } from "../config/config.js";
import type { IndicatorId } from "../indicators/ids.js";
import type { Cohort } from "../model/cohort.js";
import { narrativeFor } from "./narrative.js";
import { type ScorecardRun, asAtDay, assertCohort, createRun } from "./run.js";
import type { IndicatorResult, ScorecardResult, SeriesPoint } from "./types.js";

export interface ComputeScorecardOptions {
  /** R: a Day or ISO `YYYY-MM-DD` text. */
  asAt: Day | string;
  /** Default `year`. */
  period?: PeriodKind;
  /** Children aged under 18; null or absent: the config's, else none. */
  population?: number | null;
  /**
   * A parsed config, or the config file's object (validated here, so JSON read from a file
   * may be passed as it is). Typed so that a misspelt key (`tragets`) fails to compile; the
   * indicator keys stay open for a council's own indicators.
   */
  config?: ScorecardConfigInput<IndicatorId | (string & {})> | ScorecardConfig;
  /** The registry; default the built-in indicators. */
  indicators?: readonly IndicatorDefinition[];
  /** Ids whose `members` are listed, or "all". */
  drillDown?: readonly string[] | "all";
  /** Add `series`: the value at each of the 12 month-ends up to R. */
  series?: boolean;
  /** Add `breakdowns` to the indicators that have them (cla-count). */
  breakdowns?: boolean;
  /** Add `narrative`: one sentence per indicator for a committee report. */
  narrative?: boolean;
}

const NO_MEMBERS: Members = { numerator: [], denominator: [], excluded: [] };

/**
 * The scorecard at R (interface.md §4): every registry indicator, in registry order, measured,
 * presented (rounded, suppressed), and evaluated against its target, previous value and
 * benchmarks. Pure: same cohort and options, same result.
 *
 * @throws CicScorecardError on misuse: `invalid_argument` (asAt, period, population),
 * `invalid_config`, `unknown_indicator` (a drill-down id).
 *
 * @example
 * ```ts
 * const { cohort } = loadReturn903(files);
 * const scorecard = computeScorecard(cohort, { asAt: "2019-01-31", period: "year", population: 50000, config });
 * const stability = scorecard.indicators.find((i) => i.id === "long-term-stability");
 * console.log(stability?.value, stability?.rag); // 64.7 "red"
 * ```
 */
export function computeScorecard(cohort: Cohort, options: ComputeScorecardOptions): ScorecardResult {
  assertCohort(cohort);
  assertObject(options, "computeScorecard options (at least { asAt })");
  const asAt = asAtDay(options.asAt);
  const run = createRun(cohort, options);
  const drillDown = drillDownIds(run, options.drillDown ?? []);
  figuresBefore(run, asAt, options.series ?? false);
  return {
    asAt: isoFromDay(asAt),
    periodStart: isoFromDay(run.context(asAt).period.start),
    indicators: run.registry.map((definition) =>
      indicatorResult(run, definition, asAt, {
        drillDown: drillDown.has(definition.id), series: options.series ?? false, breakdowns: options.breakdowns ?? false, narrative: options.narrative ?? false,
      }),
    ),
  };
}

function drillDownIds(run: ScorecardRun, requested: readonly string[] | "all"): Set<string> {
  if (requested === "all") return new Set(run.registry.map((d) => d.id));
  const known = new Set(run.registry.map((d) => d.id));
  for (const id of requested) {
    if (id === "all") return known;
    if (!known.has(id)) throw new CicScorecardError("unknown_indicator", `unknown indicator id "${id}"`, id);
  }
  return new Set(requested);
}

function indicatorResult(
  run: ScorecardRun,
  definition: IndicatorDefinition,
  asAt: Day,
  extras: { drillDown: boolean; series: boolean; breakdowns: boolean; narrative: boolean },
): IndicatorResult {
  const settings = run.config.indicators[definition.id];
  const polarity = settings?.polarity ?? definition.polarity;
  const target = settings?.target !== undefined ? settings.target : definition.defaultTarget;
  const { measurement, figure } = run.measure(definition, asAt);
  const previous = previousValue(run, definition, asAt);
  const evaluation = evaluate(figure.value, {
    unit: definition.unit,
    polarity,
    target,
    tolerance: settings?.tolerance ?? null,
    previous,
    minimumChange: settings?.minimumChange ?? null,
    benchmarks: settings?.benchmarks ?? [],
    rateBenchmarkVariance: run.config.options.rateBenchmarkVariance,
  });
  const result: IndicatorResult = {
    id: definition.id,
    title: titleOf(definition, run.config.options),
    unit: definition.unit,
    polarity,
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
    target,
    varianceTarget: evaluation.varianceTarget,
    varianceTargetUnit: evaluation.varianceTargetUnit,
    rag: evaluation.rag,
    trend: evaluation.trend,
    previous,
    benchmarks: evaluation.benchmarks,
    suppressed: figure.suppressed,
    note: figure.note,
  };
  if (extras.narrative) result.narrative = narrativeFor(result, definition.narrative ?? null);
  if (extras.series) result.series = seriesOf(run, definition, asAt);
  if (extras.breakdowns && definition.breakdowns && measurement.kind === "measured") result.breakdowns = definition.breakdowns(run.context(asAt), measurement.members);
  if (extras.drillDown) result.members = measurement.kind === "measured" ? measurement.members : NO_MEMBERS;
  return result;
}

/**
 * The figures of every indicator at the dates before R that the scorecard shows (R′, and the
 * series), worked out date by date, each date let go once its figures are known: what the
 * indicators share at one date (every child's current episode, the cohorts) is then held for
 * one date at a time, not for a dozen.
 */
function figuresBefore(run: ScorecardRun, asAt: Day, series: boolean): void {
  const days = new Set<Day>([previousAsAt(asAt, run.periodKind, run.config.options.trendCompareWith), ...(series ? seriesAsAts(asAt) : [])]);
  for (const day of days) {
    if (day === asAt) continue;
    for (const definition of run.registry) valueAt(run, definition, day);
    run.forget(day);
  }
}

/** The presented value at a date, or null when it is before the data, suppressed or missing. */
function valueAt(run: ScorecardRun, definition: IndicatorDefinition, day: Day): number | null {
  if (run.dataStart !== null && day < run.dataStart) return null;
  return run.figure(definition, day).value;
}

/** The value at R′ (interface.md §5 "Previous"). */
function previousValue(run: ScorecardRun, definition: IndicatorDefinition, asAt: Day): number | null {
  return valueAt(run, definition, previousAsAt(asAt, run.periodKind, run.config.options.trendCompareWith));
}

function seriesOf(run: ScorecardRun, definition: IndicatorDefinition, asAt: Day): SeriesPoint[] {
  return seriesAsAts(asAt).map((day) => ({ asAt: isoFromDay(day), value: valueAt(run, definition, day) }));
}
