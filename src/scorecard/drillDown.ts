import type { PeriodKind } from "../dates/periods.js";
import type { Day } from "../dates/day.js";
import type { ScorecardOptionsInput } from "../model/options.js";
import { CicScorecardError, assertObject } from "../errors.js";
import type { IndicatorDefinition, Members } from "../indicators/types.js";
import type { Cohort } from "../model/cohort.js";
import { asAtDay, assertCohort, createRun } from "./run.js";

export interface DrillDownOptions {
  asAt: Day | string;
  period?: PeriodKind;
  /** Options of indicators.md §5 (defaults for the rest). */
  options?: ScorecardOptionsInput;
  /** The registry; default the built-in indicators. */
  indicators?: readonly IndicatorDefinition[];
}

/**
 * The children behind one indicator at R: numerator and denominator ids (sorted as text) and
 * the children left out with their reason. An indicator whose input table is absent has
 * empty lists.
 *
 * @throws CicScorecardError `unknown_indicator` for an id not in the registry, `invalid_argument` for a bad asAt.
 *
 * @example
 * ```ts
 * const members = drillDown(cohort, "placements-3plus", { asAt: "2019-01-31" });
 * console.log(members.numerator.length, members.excluded[0]); // 22 { child: "…", reason: "short-break" }
 * ```
 */
export function drillDown(cohort: Cohort, indicatorId: string, options: DrillDownOptions): Members {
  assertCohort(cohort);
  assertObject(options, "drillDown options (at least { asAt })");
  const asAt = asAtDay(options.asAt);
  const run = createRun(cohort, { period: options.period, config: { options: options.options ?? {} }, indicators: options.indicators });
  const definition = run.registry.find((d) => d.id === indicatorId);
  if (!definition) throw new CicScorecardError("unknown_indicator", `unknown indicator id "${indicatorId}"`, indicatorId);
  const { measurement } = run.measure(definition, asAt);
  return measurement.kind === "measured" ? measurement.members : { numerator: [], denominator: [], excluded: [] };
}
