import { NOTE_EMPTY_COHORT } from "../../evaluate/suppression.js";
import { compareText, type DataQuality } from "../../model/issue.js";
import type { IndicatorResult, Rag, ScorecardReport } from "../../scorecard/types.js";
import { renderChart } from "./html/chart.js";
import { escapeHtml } from "./html/escape.js";
import {
  formatBenchmarkValue,
  formatLongDate,
  formatNumber,
  formatValue,
  formatVariance,
  ragText,
  trendText,
  unitPhrase,
} from "./html/format.js";
import { STYLES } from "./html/styles.js";
import { groupByTheme, type ThemeGroup, type ThemeOf } from "./html/themes.js";

export interface HtmlOptions {
  /** Page heading; default "Children in care scorecard". */
  title?: string;
  /** The council's name, printed under the heading. */
  council?: string;
  /** Theme of an indicator id (the registry's); built-in table otherwise. */
  themeOf?: ThemeOf;
  /** Printed as given ("Produced 3 February 2019"); nothing is printed without it. */
  generated?: string;
}

const DEFAULT_TITLE = "Children in care scorecard";
const NO_VALUE = "\u2013";
const RAGS: readonly (Rag | null)[] = ["green", "amber", "red", null];

/**
 * The scorecard as one self-contained HTML page for a committee: a RAG summary, a table per
 * theme (value, counts, target and variance, RAG, trend, previous, benchmarks, a 12-month
 * chart, the narrative), then data quality. Prints on A4 landscape. Pure and deterministic:
 * the same report and options give the same bytes.
 */
export function renderHtml(report: ScorecardReport, options: HtmlOptions = {}): string {
  const title = options.title ?? DEFAULT_TITLE;
  const groups = groupByTheme(report.indicators, options.themeOf);
  // The same benchmark columns in every theme table, so the tables line up down the page.
  const benchmarks = benchmarkNames(report.indicators);
  const body = [
    renderHeader(report, title, options),
    "<main>",
    renderSummary(groups),
    ...groups.map((group) => renderTheme(group, report.asAt, benchmarks)),
    renderDrillDown(report.indicators),
    renderDataQuality(report.dataQuality),
    "</main>",
  ].join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.council === undefined ? title : `${title}: ${options.council}`)}</title>`,
    `<style>${STYLES}</style>`,
    "</head>",
    "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function renderHeader(report: ScorecardReport, title: string, options: HtmlOptions): string {
  const lines = [`<header class="report">`, `<h1>${escapeHtml(title)}</h1>`];
  if (options.council !== undefined) lines.push(`<p class="council">${escapeHtml(options.council)}</p>`);
  lines.push(
    `<p class="meta">As at ${escapeHtml(formatLongDate(report.asAt))}. Period ${escapeHtml(formatLongDate(report.periodStart))} to ${escapeHtml(formatLongDate(report.asAt))}.</p>`,
  );
  if (options.generated !== undefined) lines.push(`<p class="meta">${escapeHtml(options.generated)}</p>`);
  lines.push("</header>");
  return lines.join("\n");
}

function ragCell(rag: Rag | null): string {
  const { symbol, word } = ragText(rag);
  return `<td class="rag rag-${rag ?? "none"}"><span aria-hidden="true">${symbol}</span> ${word}</td>`;
}

function ragHeader(rag: Rag | null): string {
  const { symbol, word } = ragText(rag);
  return `<th scope="col" class="number"><span aria-hidden="true">${symbol}</span> ${word}</th>`;
}

function countRags(indicators: readonly IndicatorResult[]): number[] {
  return RAGS.map((rag) => indicators.filter((indicator) => indicator.rag === rag).length);
}

function renderSummary(groups: readonly ThemeGroup[]): string {
  const row = (label: string, indicators: readonly IndicatorResult[], cell: "th" | "td"): string =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${countRags(indicators)
      .map((count) => `<${cell} class="number">${count}</${cell}>`)
      .join("")}<${cell} class="number">${indicators.length}</${cell}></tr>`;
  const all = groups.flatMap((group) => group.indicators);
  return [
    `<section class="summary" aria-labelledby="summary-heading">`,
    `<h2 id="summary-heading">Summary</h2>`,
    `<table>`,
    `<caption>Indicators by RAG rating and theme</caption>`,
    `<thead><tr><th scope="col">Theme</th>${RAGS.map(ragHeader).join("")}<th scope="col" class="number">Indicators</th></tr></thead>`,
    `<tbody>`,
    ...groups.map((group) => row(group.label, group.indicators, "td")),
    `</tbody>`,
    `<tfoot>${row("All themes", all, "td")}</tfoot>`,
    `</table>`,
    `<p class="key">Key: <span aria-hidden="true">\u2713</span> Green = at or better than target; <span aria-hidden="true">\u25B3</span> Amber = short of target but within tolerance; <span aria-hidden="true">\u2717</span> Red = outside tolerance; Not rated = no target, no value or no direction. Trend arrows show which way the figure moved since the previous month; the word says whether that is better or worse.</p>`,
    `</section>`,
  ].join("\n");
}

/** Benchmark names in first-seen order: one column each. */
function benchmarkNames(indicators: readonly IndicatorResult[]): string[] {
  const names: string[] = [];
  for (const indicator of indicators) {
    for (const benchmark of indicator.benchmarks) if (!names.includes(benchmark.name)) names.push(benchmark.name);
  }
  return names;
}

function valueText(indicator: IndicatorResult): string {
  if (indicator.suppressed) return "Suppressed";
  if (indicator.note === NOTE_EMPTY_COHORT) return "No children";
  return indicator.value === null ? NO_VALUE : formatValue(indicator.value, indicator.unit);
}

function countsText(indicator: IndicatorResult): string {
  const { numerator, denominator } = indicator;
  if (numerator === null && denominator === null) return NO_VALUE;
  if (denominator === null) return formatNumber(numerator ?? 0, 0);
  return `${numerator === null ? NO_VALUE : formatNumber(numerator, 0)} / ${formatNumber(denominator, 0)}`;
}

function numberCell(text: string): string {
  return `<td class="number">${escapeHtml(text)}</td>`;
}

function benchmarkCell(indicator: IndicatorResult, name: string): string {
  const benchmark = indicator.benchmarks.find((candidate) => candidate.name === name);
  if (benchmark === undefined) return numberCell(NO_VALUE);
  const variance =
    benchmark.variance === null ? "" : `<span class="variance">${escapeHtml(formatVariance(benchmark.variance, benchmark.varianceUnit))}</span>`;
  return (
    `<td class="number">${escapeHtml(formatBenchmarkValue(benchmark.value, indicator.unit))}` +
    variance +
    `<span class="year">${escapeHtml(benchmark.year)}</span></td>`
  );
}

function renderIndicator(indicator: IndicatorResult, benchmarks: readonly string[], columns: number): string {
  const trend = trendText(indicator.trend, indicator.value, indicator.previous);
  const variance =
    indicator.varianceTarget === null || indicator.varianceTargetUnit === null
      ? NO_VALUE
      : formatVariance(indicator.varianceTarget, indicator.varianceTargetUnit);
  const chart = renderChart(indicator);
  const cells = [
    `<th scope="row">${escapeHtml(indicator.title)}<span class="id">${escapeHtml(indicator.id)} (${unitPhrase(indicator.unit)})</span></th>`,
    numberCell(valueText(indicator)),
    numberCell(countsText(indicator)),
    numberCell(indicator.target === null ? NO_VALUE : formatValue(indicator.target, indicator.unit)),
    numberCell(variance),
    ragCell(indicator.rag),
    `<td class="trend"><span aria-hidden="true">${trend.arrow}</span> ${trend.word}</td>`,
    numberCell(indicator.previous === null ? NO_VALUE : formatValue(indicator.previous, indicator.unit)),
    ...benchmarks.map((name) => benchmarkCell(indicator, name)),
    `<td>${chart === "" ? `<span class="no-chart">No series</span>` : chart}</td>`,
  ];
  const commentary = [
    indicator.narrative === undefined ? "" : escapeHtml(indicator.narrative),
    indicator.note === null ? "" : `<span class="note">Note: ${escapeHtml(indicator.note)}</span>`,
  ].filter((part) => part !== "");
  const commentaryRow =
    commentary.length === 0 ? "" : `\n<tr class="commentary"><td colspan="${columns}">${commentary.join(" ")}</td></tr>`;
  return `<tbody class="indicator" data-id="${escapeHtml(indicator.id)}">\n<tr>${cells.join("")}</tr>${commentaryRow}\n</tbody>`;
}

function renderTheme(group: ThemeGroup, asAt: string, benchmarks: readonly string[]): string {
  const headers = [
    `<th scope="col">Indicator</th>`,
    `<th scope="col" class="number">Value</th>`,
    `<th scope="col" class="number">Numerator / denominator</th>`,
    `<th scope="col" class="number">Target</th>`,
    `<th scope="col" class="number">Variance to target</th>`,
    `<th scope="col">RAG</th>`,
    `<th scope="col">Trend</th>`,
    `<th scope="col" class="number">Previous</th>`,
    ...benchmarks.map((name) => `<th scope="col" class="number">${escapeHtml(name)}</th>`),
    `<th scope="col">Last 12 months</th>`,
  ];
  const id = `theme-${escapeHtml(group.theme.replace(/[^A-Za-z0-9_-]/g, "-"))}`;
  return [
    `<section class="theme" id="${id}" aria-labelledby="${id}-heading">`,
    `<h2 id="${id}-heading">${escapeHtml(group.label)}</h2>`,
    `<table class="indicators">`,
    `<caption class="visually-hidden">${escapeHtml(group.label)}: indicators as at ${escapeHtml(formatLongDate(asAt))}</caption>`,
    `<colgroup><col class="c-indicator"><col class="c-value"><col class="c-counts"><col class="c-target"><col class="c-variance"><col class="c-rag"><col class="c-trend"><col class="c-previous">${benchmarks.map(() => `<col class="c-benchmark">`).join("")}<col class="c-chart"></colgroup>`,
    `<thead><tr>${headers.join("")}</tr></thead>`,
    ...group.indicators.map((indicator) => renderIndicator(indicator, benchmarks, headers.length)),
    `</table>`,
    `</section>`,
  ].join("\n");
}

/** Child ids behind each figure, only for indicators that carry `members` (`--drill-down`). */
function renderDrillDown(indicators: readonly IndicatorResult[]): string {
  const rows = indicators.flatMap((indicator) => {
    const members = indicator.members;
    if (members === undefined) return [];
    const lists: [string, string[]][] = [
      ["Numerator", members.numerator],
      ["Denominator", members.denominator],
      ["Excluded", members.excluded.map((exclusion) => `${exclusion.child} (${exclusion.reason})`)],
    ];
    return lists.map(
      ([list, ids]) =>
        `<tr><th scope="row">${escapeHtml(indicator.title)}</th><td>${list}</td>${numberCell(formatNumber(ids.length, 0))}<td class="ids">${ids.length === 0 ? NO_VALUE : escapeHtml(ids.join(", "))}</td></tr>`,
    );
  });
  if (rows.length === 0) return "";
  return [
    `<section class="drill-down" aria-labelledby="drill-down-heading">`,
    `<h2 id="drill-down-heading">Drill-down</h2>`,
    `<table>`,
    `<caption>Children behind each figure (903 child identifiers)</caption>`,
    `<thead><tr><th scope="col">Indicator</th><th scope="col">List</th><th scope="col" class="number">Children</th><th scope="col">Child identifiers</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    `</section>`,
  ].join("\n");
}

function renderDataQuality(quality: DataQuality): string {
  const lines = [
    `<section class="data-quality" aria-labelledby="data-quality-heading">`,
    `<h2 id="data-quality-heading">Data quality</h2>`,
  ];
  if (quality.files.length === 0) {
    lines.push(`<p>No files were read.</p>`);
  } else {
    const total = (pick: (file: DataQuality["files"][number]) => number): string =>
      formatNumber(quality.files.reduce((sum, file) => sum + pick(file), 0), 0);
    lines.push(
      `<table class="files">`,
      `<caption>Files and rows read</caption>`,
      `<thead><tr><th scope="col">File</th><th scope="col" class="number">Rows read</th><th scope="col" class="number">Rows used</th><th scope="col" class="number">Rows rejected</th></tr></thead>`,
      `<tbody>`,
      ...quality.files.map(
        (file) =>
          `<tr><th scope="row">${escapeHtml(file.file)}</th>${numberCell(formatNumber(file.rowsRead, 0))}${numberCell(formatNumber(file.rowsUsed, 0))}${numberCell(formatNumber(file.rowsRejected, 0))}</tr>`,
      ),
      `</tbody>`,
      `<tfoot><tr><th scope="row">All files</th>${numberCell(total((file) => file.rowsRead))}${numberCell(total((file) => file.rowsUsed))}${numberCell(total((file) => file.rowsRejected))}</tr></tfoot>`,
      `</table>`,
    );
  }
  const counts = issueCounts(quality);
  if (counts.length === 0) {
    lines.push(`<p>No data issues were found.</p>`);
  } else {
    lines.push(
      `<table class="issues">`,
      `<caption>Data issues by code (the full list is in the JSON and XLSX outputs)</caption>`,
      `<thead><tr><th scope="col">Issue code</th><th scope="col">Severity</th><th scope="col" class="number">Records</th><th scope="col">Indicators affected</th></tr></thead>`,
      `<tbody>`,
      ...counts.map(
        (entry) =>
          `<tr><th scope="row">${escapeHtml(entry.code)}</th><td>${escapeHtml(entry.severity)}</td>${numberCell(formatNumber(entry.count, 0))}<td>${entry.indicators.length === 0 ? NO_VALUE : escapeHtml(entry.indicators.join(", "))}</td></tr>`,
      ),
      `</tbody>`,
      `</table>`,
    );
  }
  lines.push(`</section>`);
  return lines.join("\n");
}

interface IssueCount {
  code: string;
  severity: string;
  count: number;
  indicators: string[];
}

/** Issues counted per code and severity, errors first, then by code (code-point order). */
function issueCounts(quality: DataQuality): IssueCount[] {
  const byKey = new Map<string, IssueCount>();
  for (const issue of quality.issues) {
    const key = `${issue.severity}\u0000${issue.code}`;
    const entry = byKey.get(key) ?? { code: issue.code, severity: issue.severity, count: 0, indicators: [] };
    entry.count += issue.count; // records, not folded entries
    for (const id of issue.indicators) if (!entry.indicators.includes(id)) entry.indicators.push(id);
    byKey.set(key, entry);
  }
  const severityRank = (severity: string): number => (severity === "error" ? 0 : 1);
  return [...byKey.values()]
    .map((entry) => ({ ...entry, indicators: [...entry.indicators].sort(compareText) }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareText(a.code, b.code));
}
