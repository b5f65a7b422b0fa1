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
import { renderHeadline } from "./html/headline.js";
import { plainWords } from "./html/plainWords.js";
import { type Provenance, renderProvenance } from "./html/provenance.js";
import { renderRulesAppendix } from "./html/rulesAppendix.js";
import type { RulesReport } from "../../validation/validateReturn.js";
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
  /** What made the figures: printed as the report's last section. */
  provenance?: Provenance;
  /** What the trend compares the figure with (the `trendCompareWith` option); default the month before. */
  trendCompareWith?: TrendComparisonOption;
  /** The DfE's rules run on the return: an appendix of the failing rules by indicator. */
  rules?: RulesReport;
}

export type TrendComparisonOption = "previous-month" | "previous-period" | "previous-year";

/** The trend rule in words, beside each trend and in the key. */
const COMPARED_WITH: Record<TrendComparisonOption, string> = {
  "previous-month": "since the month before",
  "previous-period": "since the period before",
  "previous-year": "since the same date a year before",
};

const DEFAULT_TITLE = "Children in care scorecard";
const NO_VALUE = "\u2013";
const RAGS: readonly (Rag | null)[] = ["green", "amber", "red", null];

/**
 * The scorecard as one self-contained HTML page for a committee: the headline (RAG counts,
 * what needs attention, the biggest changes), a compact table per theme (value and counts,
 * target and variance, RAG, trend and its rule, benchmarks folded into one cell, a labelled
 * 12-month chart, the narrative in plain words), the data quality, and how the figures were
 * made. Prints on A4 landscape; reflows on a phone. Pure and deterministic: the same report
 * and options give the same bytes.
 *
 * @example
 * ```ts
 * await writeFile("scorecard.html", renderHtml(report, { council: "Peterborough" })); // a committee pack, prints on A4
 * ```
 */
export function renderHtml(report: ScorecardReport, options: HtmlOptions = {}): string {
  const title = options.title ?? DEFAULT_TITLE;
  const groups = groupByTheme(report.indicators, options.themeOf);
  const comparedWith = COMPARED_WITH[options.trendCompareWith ?? "previous-month"];
  const body = [
    renderHeader(report, title, options),
    "<main>",
    renderHeadline(report.indicators, comparedWith),
    renderSummary(groups, comparedWith),
    ...groups.map((group) => renderTheme(group, report.asAt, comparedWith)),
    renderDrillDown(report.indicators),
    renderDataQuality(report.dataQuality),
    renderRulesAppendix(options.rules, report.indicators),
    renderProvenance(options.provenance, report.asAt, report.periodStart, options.council),
    "</main>",
  ].join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // A distinct title per report: the tab, the bookmark and the printed header say which.
    `<title>${escapeHtml(`${options.council === undefined ? title : `${title}: ${options.council}`}, ${formatLongDate(report.asAt)}`)}</title>`,
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
  return `<td class="rag rag-${rag ?? "none"}" data-label="RAG"><span aria-hidden="true">${symbol}</span> ${word}</td>`;
}

function ragHeader(rag: Rag | null): string {
  const { symbol, word } = ragText(rag);
  return `<th scope="col" class="number"><span aria-hidden="true">${symbol}</span> ${word}</th>`;
}

function countRags(indicators: readonly IndicatorResult[]): number[] {
  return RAGS.map((rag) => indicators.filter((indicator) => indicator.rag === rag).length);
}

function renderSummary(groups: readonly ThemeGroup[], comparedWith: string): string {
  const row = (label: string, indicators: readonly IndicatorResult[], cell: "th" | "td"): string =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${countRags(indicators)
      .map((count) => `<${cell} class="number">${count}</${cell}>`)
      .join("")}<${cell} class="number">${indicators.length}</${cell}></tr>`;
  const all = groups.flatMap((group) => group.indicators);
  return [
    `<section class="summary" aria-labelledby="summary-heading">`,
    `<h2 id="summary-heading">Ratings by theme</h2>`,
    `<table>`,
    `<caption>Indicators by RAG rating and theme</caption>`,
    `<thead><tr><th scope="col">Theme</th>${RAGS.map(ragHeader).join("")}<th scope="col" class="number">Indicators</th></tr></thead>`,
    `<tbody>`,
    ...groups.map((group) => row(group.label, group.indicators, "td")),
    `</tbody>`,
    `<tfoot>${row("All themes", all, "td")}</tfoot>`,
    `</table>`,
    `<p class="key">Key: <span aria-hidden="true">\u2713</span> Green = at or better than target; <span aria-hidden="true">\u25B3</span> Amber = short of target but within tolerance; <span aria-hidden="true">\u2717</span> Red = outside tolerance; Not rated = no target, no value or no direction. Trend: the change ${escapeHtml(comparedWith)}; the arrow shows which way the figure moved, the word whether that is better or worse (a line that rose all year can still have fallen in its last step). Charts: the last 12 months, labelled with the highest and lowest value drawn; the dashed line is the target.</p>`,
    `</section>`,
  ].join("\n");
}

function valueText(indicator: IndicatorResult): string {
  if (indicator.suppressed) return "Suppressed";
  if (indicator.note === NOTE_EMPTY_COHORT) return "No children";
  return indicator.value === null ? NO_VALUE : formatValue(indicator.value, indicator.unit);
}

/**
 * The counts behind the value, in words: "22 of 380" for a percentage, the children and the
 * population for a rate, the children averaged for days (their total of days means nothing
 * to a reader), nothing for a count (the value is the count).
 */
function countsText(indicator: IndicatorResult): string {
  const { numerator, denominator, unit } = indicator;
  const n = (value: number | null) => (value === null ? NO_VALUE : formatNumber(value, 0));
  switch (unit) {
    case "count":
      return "";
    case "percent":
      return numerator === null && denominator === null ? "" : `${n(numerator)} of ${n(denominator)}`;
    case "rate-per-10k":
      return numerator === null ? "" : `${n(numerator)} children${denominator === null ? "" : ` in ${n(denominator)}`}`;
    case "days":
      return denominator === null ? "" : `average of ${n(denominator)} ${denominator === 1 ? "child" : "children"}`;
  }
}

function small(text: string, className: string): string {
  return text === "" ? "" : `<span class="${className}">${escapeHtml(text)}</span>`;
}

/** A right-aligned cell; `label` names it where a phone shows the row as a list. */
function numberCell(text: string, label?: string, extra = ""): string {
  return `<td class="number"${label === undefined ? "" : ` data-label="${label}"`}>${escapeHtml(text)}${extra}</td>`;
}

/** Every benchmark in one cell, one line each: the title column keeps its width whatever their number. */
function benchmarksCell(indicator: IndicatorResult): string {
  if (indicator.benchmarks.length === 0) return `<td class="benchmarks" data-label="Benchmarks">${NO_VALUE}</td>`;
  const lines = indicator.benchmarks.map((benchmark) => {
    const variance = benchmark.variance === null ? "" : ` <span class="variance">${escapeHtml(formatVariance(benchmark.variance, benchmark.varianceUnit))}</span>`;
    return `<li><span class="name">${escapeHtml(benchmark.name)} ${escapeHtml(benchmark.year)}</span> <span class="figure">${escapeHtml(formatBenchmarkValue(benchmark.value, indicator.unit))}</span>${variance}</li>`;
  });
  return `<td class="benchmarks" data-label="Benchmarks"><ul>${lines.join("")}</ul></td>`;
}

function renderIndicator(indicator: IndicatorResult, columns: number, comparedWith: string): string {
  const trend = trendText(indicator.trend, indicator.value, indicator.previous);
  const variance =
    indicator.varianceTarget === null || indicator.varianceTargetUnit === null ? "" : formatVariance(indicator.varianceTarget, indicator.varianceTargetUnit);
  const previous = indicator.previous === null ? "" : `${comparedWith}: ${formatValue(indicator.previous, indicator.unit)}`;
  const chart = renderChart(indicator);
  const cells = [
    `<th scope="row">${escapeHtml(indicator.title)}<span class="id">${escapeHtml(indicator.id)} (${unitPhrase(indicator.unit)})</span></th>`,
    numberCell(valueText(indicator), "Value", small(countsText(indicator), "counts")),
    numberCell(indicator.target === null ? NO_VALUE : formatValue(indicator.target, indicator.unit), "Target", small(variance, "variance")),
    ragCell(indicator.rag),
    `<td class="trend" data-label="Trend"><span aria-hidden="true">${trend.arrow}</span> ${trend.word}${small(previous, "rule")}</td>`,
    benchmarksCell(indicator),
    `<td class="chart-cell" data-label="Last 12 months">${chart === "" ? `<span class="no-chart">No series</span>` : chart}</td>`,
  ];
  // One sentence for the reader: the narrative in plain words, and the note only if it adds something.
  const narrative = indicator.narrative === undefined ? "" : plainWords(indicator.narrative);
  const note = indicator.note === null || narrative.includes(plainWords(indicator.note)) ? "" : plainWords(indicator.note);
  const commentary = [escapeHtml(narrative), note === "" ? "" : `<span class="note">Note: ${escapeHtml(note)}</span>`].filter((part) => part !== "");
  const commentaryRow = commentary.length === 0 ? "" : `\n<tr class="commentary"><td colspan="${columns}">${commentary.join(" ")}</td></tr>`;
  return `<tbody class="indicator" data-id="${escapeHtml(indicator.id)}">\n<tr>${cells.join("")}</tr>${commentaryRow}\n</tbody>`;
}

function renderTheme(group: ThemeGroup, asAt: string, comparedWith: string): string {
  const headers = [
    `<th scope="col">Indicator</th>`,
    `<th scope="col" class="number">Value</th>`,
    `<th scope="col" class="number">Target</th>`,
    `<th scope="col">RAG</th>`,
    `<th scope="col">Trend</th>`,
    `<th scope="col">Benchmarks</th>`,
    `<th scope="col">Last 12 months</th>`,
  ];
  const id = `theme-${escapeHtml(group.theme.replace(/[^A-Za-z0-9_-]/g, "-"))}`;
  return [
    `<section class="theme" id="${id}" aria-labelledby="${id}-heading">`,
    `<h2 id="${id}-heading">${escapeHtml(group.label)}</h2>`,
    `<table class="indicators">`,
    `<caption class="visually-hidden">${escapeHtml(group.label)}: indicators as at ${escapeHtml(formatLongDate(asAt))}</caption>`,
    `<colgroup><col class="c-indicator"><col class="c-value"><col class="c-target"><col class="c-rag"><col class="c-trend"><col class="c-benchmarks"><col class="c-chart"></colgroup>`,
    `<thead><tr>${headers.join("")}</tr></thead>`,
    ...group.indicators.map((indicator) => renderIndicator(indicator, headers.length, comparedWith)),
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
    // By year folder: the pack is printed; every file is listed in the JSON, CSV and XLSX.
    const years = new Map<string, { files: number; read: number; used: number; rejected: number }>();
    for (const file of quality.files) {
      const slash = file.file.indexOf("/");
      const year = slash < 0 ? "The folder itself" : file.file.slice(0, slash);
      const entry = years.get(year) ?? { files: 0, read: 0, used: 0, rejected: 0 };
      entry.files += 1;
      entry.read += file.rowsRead;
      entry.used += file.rowsUsed;
      entry.rejected += file.rowsRejected;
      years.set(year, entry);
    }
    const row = (label: string, e: { files: number; read: number; used: number; rejected: number }) =>
      `<tr><th scope="row">${escapeHtml(label)}</th>${[e.files, e.read, e.used, e.rejected].map((v) => numberCell(formatNumber(v, 0))).join("")}</tr>`;
    const all = [...years.values()].reduce((t, e) => ({ files: t.files + e.files, read: t.read + e.read, used: t.used + e.used, rejected: t.rejected + e.rejected }), { files: 0, read: 0, used: 0, rejected: 0 });
    lines.push(
      `<table class="files">`,
      `<caption>Files and rows read, by year (each file is listed in the JSON, CSV and XLSX outputs)</caption>`,
      `<thead><tr><th scope="col">Year</th><th scope="col" class="number">Files</th><th scope="col" class="number">Rows read</th><th scope="col" class="number">Rows used</th><th scope="col" class="number">Rows rejected</th></tr></thead>`,
      `<tbody>`,
      ...[...years].map(([year, e]) => row(year, e)),
      `</tbody>`,
      `<tfoot>${row("All years", all)}</tfoot>`,
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
