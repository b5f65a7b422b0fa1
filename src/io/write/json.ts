import type { Members } from "../../indicators/types.js";
import type { DataIssue, DataQuality, FileAccount } from "../../model/issue.js";
import type { BenchmarkResult, IndicatorResult, ScorecardReport } from "../../scorecard/types.js";
import { type JsonValue, jsonText } from "./jsonText.js";
import { rulesJson } from "./rules.js";
import type { ValidationReport } from "./validation.js";

/**
 * `--format json` (interface.md §4): keys in the contract's order whatever order the objects
 * were built in, plain numbers, 2-space indent, a final newline. Same report, same bytes.
 *
 * @example
 * ```ts
 * const report = { ...computeScorecard(cohort, { asAt: "2019-01-31" }), dataQuality };
 * await writeFile("scorecard.json", renderJson(report)); // what `cic-scorecard report --format json` prints
 * ```
 */
export function renderJson(report: ScorecardReport): string {
  return `${jsonText({
    asAt: report.asAt,
    periodStart: report.periodStart,
    indicators: report.indicators.map(indicatorJson),
    dataQuality: dataQualityJson(report.dataQuality),
  })}\n`;
}

/**
 * `{ "dataQuality": … }` alone.
 *
 * @example
 * ```ts
 * const { dataQuality } = loadReturn903(files);
 * console.log(renderDataQualityJson(dataQuality));
 * ```
 */
export function renderDataQualityJson(dataQuality: DataQuality): string {
  return `${jsonText({ dataQuality: dataQualityJson(dataQuality) })}\n`;
}

/**
 * `validate --format json` (interface.md §4a): `{ "dataQuality": …, "reconciliation": [ … ] }`.
 *
 * @example
 * ```ts
 * const { dataQuality, reconciliation } = loadReturn903(files, { reconcile: true });
 * console.log(renderValidationJson({ dataQuality, reconciliation: reconciliation ?? [], rules: validateReturn(files) }));
 * ```
 */
export function renderValidationJson(validation: ValidationReport): string {
  return `${jsonText({
    dataQuality: dataQualityJson(validation.dataQuality),
    reconciliation: validation.reconciliation.map((r) => ({
      year: r.year, asAt: r.asAt, id: r.id, ownReturn: r.ownReturn, allYears: r.allYears,
      children: r.children.map((c) => ({ child: c.child, reason: c.reason })),
    })),
    ...(validation.rules == null ? {} : { rules: rulesJson(validation.rules) }),
  })}\n`;
}

function indicatorJson(indicator: IndicatorResult): JsonValue {
  const out: Record<string, JsonValue> = {
    id: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    polarity: indicator.polarity,
    value: indicator.value,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    target: indicator.target,
    varianceTarget: indicator.varianceTarget,
    varianceTargetUnit: indicator.varianceTargetUnit,
    rag: indicator.rag,
    trend: indicator.trend,
    previous: indicator.previous,
    benchmarks: indicator.benchmarks.map(benchmarkJson),
    suppressed: indicator.suppressed,
    note: indicator.note,
  };
  // Optional keys after the fixed ones, in the contract's order.
  if (indicator.narrative !== undefined) out.narrative = indicator.narrative;
  if (indicator.series !== undefined) out.series = indicator.series.map((point) => ({ asAt: point.asAt, value: point.value }));
  if (indicator.breakdowns !== undefined) out.breakdowns = indicator.breakdowns;
  if (indicator.members !== undefined) out.members = membersJson(indicator.members);
  return out;
}

function benchmarkJson(benchmark: BenchmarkResult): JsonValue {
  return { name: benchmark.name, year: benchmark.year, value: benchmark.value, variance: benchmark.variance, varianceUnit: benchmark.varianceUnit };
}

function membersJson(members: Members): JsonValue {
  return {
    numerator: members.numerator,
    denominator: members.denominator,
    excluded: members.excluded.map((exclusion) => ({ child: exclusion.child, reason: exclusion.reason })),
  };
}

function dataQualityJson(dataQuality: DataQuality): JsonValue {
  return { files: dataQuality.files.map(fileJson), issues: dataQuality.issues.map(issueJson) };
}

function fileJson(file: FileAccount): JsonValue {
  return { file: file.file, rowsRead: file.rowsRead, rowsUsed: file.rowsUsed, rowsRejected: file.rowsRejected };
}

function issueJson(issue: DataIssue): JsonValue {
  return {
    code: issue.code, severity: issue.severity, file: issue.file, line: issue.line, column: issue.column, message: issue.message, indicators: issue.indicators,
    count: issue.count,
    // The child only where the caller kept it: validate, or report with --drill-down (interface.md §4).
    ...(issue.child === null ? {} : { child: issue.child }),
  };
}
