import { withDfeBenchmarks } from "../benchmarks/dfe.js";
import { DFE_DATA } from "../benchmarks/dfeData.js";
import packageJson from "../../package.json" with { type: "json" };
import type { ScorecardConfig } from "../config/config.js";
import { DEFAULT_OPTIONS, type ScorecardOptions } from "../model/options.js";
import type { Provenance } from "../io/write/html/provenance.js";
import type { Day } from "../dates/day.js";
import type { PeriodKind } from "../dates/periods.js";
import { CicScorecardError } from "../errors.js";
import type { IndicatorDefinition } from "../indicators/types.js";
import type { LoadedReturn903 } from "../io/ssda903/loadReturn903.js";
import { renderCsv, renderValidationCsv } from "../io/write/csv.js";
import { renderHtml } from "../io/write/html.js";
import { renderJson, renderValidationJson } from "../io/write/json.js";
import { renderTable, renderValidationTable } from "../io/write/table.js";
import type { ValidationReport } from "../io/write/validation.js";
import { renderXlsx } from "../io/write/xlsx.js";
import { renderValidationXlsx } from "../io/write/xlsx/validation.js";
import { type DataQuality, withoutChild } from "../model/issue.js";
import { computeScorecard } from "../scorecard/computeScorecard.js";
import { asAtOutsideData } from "../scorecard/run.js";
import type { ScorecardReport } from "../scorecard/types.js";
import type { RulesReport } from "../validation/validateReturn.js";

/**
 * One `report` job from a loaded return to its output, shared by the CLI and the browser page
 * so that both give the same bytes for the same inputs. Pure: the callers read the files and
 * write the result.
 */
export type ReportFormat = "table" | "json" | "csv" | "html" | "xlsx";
export type ValidationFormat = "table" | "json" | "csv" | "xlsx";

export interface ReportRequest {
  asAt: Day;
  period: PeriodKind;
  population: number | null;
  /** Parsed; null when no config was given. */
  config: ScorecardConfig | null;
  /** Indicator ids whose children are listed, or "all"; empty for none. */
  drillDown: readonly string[] | "all";
  format: ReportFormat;
  registry: readonly IndicatorDefinition[];
  /** The DfE's rules run on the same files: the HTML report's appendix lists their failures by indicator. */
  rules?: RulesReport | null;
}

export interface ReportResult {
  report: ScorecardReport;
  /** The as-at date falls outside the years the data covers: the sentence saying so. */
  outsideData: string | null;
  /** The council named in the config, for the html and xlsx titles. */
  council: string | null;
  /** What made the figures, for the html and xlsx. */
  provenance: Provenance;
  rules: RulesReport | null;
  trendCompareWith: ScorecardOptions["trendCompareWith"];
}

/** Every requested id is known (even beside "all": a misspelt one is an error either way). */
export function checkDrillDown(requested: readonly string[], registry: readonly IndicatorDefinition[]): string[] | "all" {
  for (const id of requested) {
    if (id !== "all" && !registry.some((d) => d.id === id)) throw new CicScorecardError("usage", `--drill-down: unknown indicator "${id}"`, id);
  }
  return requested.includes("all") ? "all" : [...requested];
}

export function scorecardReport(loaded: LoadedReturn903, request: ReportRequest): ReportResult {
  const { cohort, dataQuality } = loaded;
  const { asAt, registry, drillDown } = request;
  // The DfE's published figures join only when the config asks (interface.md §7).
  const config = request.config?.benchmarks ? withDfeBenchmarks(request.config, DFE_DATA, asAt, registry) : request.config ?? undefined;
  // Series, breakdowns and narratives only where a format shows them (a series costs 12 more measurements).
  const rich = request.format === "json" || request.format === "html" || request.format === "xlsx";
  const scorecard = computeScorecard(cohort, {
    asAt, period: request.period, population: request.population, config, indicators: registry, drillDown,
    series: rich, breakdowns: rich, narrative: rich,
  });
  const outsideData = asAtOutsideData(cohort, asAt);
  // Privacy (interface.md §4): a report names no child unless the children were asked for.
  const named = drillDown === "all" || drillDown.length > 0;
  const issues = [...(outsideData === null ? [] : [asAtIssue(outsideData)]), ...(named ? dataQuality.issues : dataQuality.issues.map(withoutChild))];
  return {
    report: { ...scorecard, dataQuality: { files: dataQuality.files, issues } }, outsideData, council: config?.council ?? null,
    provenance: provenanceOf(loaded, request, config ?? null), trendCompareWith: config?.options.trendCompareWith ?? DEFAULT_OPTIONS.trendCompareWith,
    rules: request.rules ?? null,
  };
}

/** Tool, data years, period, population and what the config changed, for the report's footer. */
function provenanceOf(loaded: LoadedReturn903, request: ReportRequest, config: ScorecardConfig | null): Provenance {
  const years = loaded.cohort.years.map((y) => y.label).filter((label): label is string => label !== null);
  return {
    tool: `cic-scorecard ${packageJson.version}`, dataYears: years, period: request.period,
    population: request.population ?? config?.population ?? null, config: configPhrases(config),
  };
}

function configPhrases(config: ScorecardConfig | null): string[] {
  if (config === null) return ["none (the defaults of the specification, no targets or benchmarks)"];
  const settings = Object.values(config.indicators);
  const targets = settings.filter((s) => s.target !== undefined && s.target !== null).length;
  const benchmarks = settings.reduce((n, s) => n + s.benchmarks.length, 0);
  const changed = (Object.keys(DEFAULT_OPTIONS) as (keyof ScorecardOptions)[])
    .filter((key) => JSON.stringify(config.options[key]) !== JSON.stringify(DEFAULT_OPTIONS[key]))
    .map((key) => `${key} ${JSON.stringify(config.options[key])}`);
  return [
    `targets for ${targets} ${targets === 1 ? "indicator" : "indicators"}`,
    `${benchmarks} ${benchmarks === 1 ? "benchmark" : "benchmarks"}`,
    changed.length === 0 ? "options as the specification's defaults" : `options changed from the defaults: ${changed.join(", ")}`,
    ...(config.benchmarks === null ? [] : [`the DfE's published figures joined for ${config.benchmarks.la}`]),
    `small numbers suppressed below ${config.suppression.minDenominator}`,
  ];
}

/** The as-at warning as a data-quality issue, so every format carries it (not tied to a file). */
function asAtIssue(message: string): DataQuality["issues"][number] {
  return { code: "as-at-outside-data", severity: "warning", file: null, line: null, column: null, message, indicators: [], count: 1, child: null };
}

export async function renderReport(result: ReportResult, format: ReportFormat, registry: readonly IndicatorDefinition[]): Promise<string | Uint8Array> {
  const { report, council, provenance, trendCompareWith } = result;
  const named = { ...(council === null ? {} : { council }), provenance, trendCompareWith };
  switch (format) {
    case "table":
      return renderTable(report);
    case "json":
      return renderJson(report);
    case "csv":
      return renderCsv(report);
    case "html":
      return renderHtml(report, { themeOf: themeOf(registry), ...named, ...(result.rules === null ? {} : { rules: result.rules }) });
    case "xlsx":
      return renderXlsx(report, { themeOf: themeOf(registry), ...named });
  }
}

function themeOf(registry: readonly IndicatorDefinition[]): (id: string) => string | undefined {
  const themes = new Map(registry.map((d) => [d.id, d.theme] as const));
  return (id) => themes.get(id);
}

export function renderValidation(validation: ValidationReport, format: ValidationFormat): string | Uint8Array {
  if (format === "json") return renderValidationJson(validation);
  if (format === "csv") return renderValidationCsv(validation);
  if (format === "xlsx") return renderValidationXlsx(validation);
  return renderValidationTable(validation);
}
