import type { DataQuality } from "../model/issue.js";
import type { BenchmarkResult, Rag, Trend, VarianceUnit } from "../evaluate/types.js";
import type { Members, Polarity, Unit } from "../indicators/types.js";

export type { BenchmarkResult, Rag, SuppressionMark, Trend, VarianceUnit } from "../evaluate/types.js";

/**
 * The scorecard as the JSON contract prints it (interface.md §4). Key order here is the
 * output order; writers must not reorder.
 */

export interface SeriesPoint {
  asAt: string;
  value: number | null;
}

export interface IndicatorResult {
  id: string;
  title: string;
  unit: Unit;
  polarity: Polarity;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  varianceTarget: number | null;
  varianceTargetUnit: VarianceUnit | null;
  rag: Rag | null;
  trend: Trend | null;
  previous: number | null;
  benchmarks: BenchmarkResult[];
  suppressed: boolean;
  note: string | null;
  /** Optional keys (interface.md §4), after the fixed ones. */
  narrative?: string;
  series?: SeriesPoint[];
  breakdowns?: Record<string, Record<string, number>>;
  members?: Members;
}

export interface ScorecardResult {
  asAt: string;
  periodStart: string;
  indicators: IndicatorResult[];
}

export interface ScorecardReport extends ScorecardResult {
  dataQuality: DataQuality;
}
