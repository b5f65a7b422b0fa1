import type { DataQuality } from "../../model/issue.js";
import type { IndicatorResult, ScorecardReport } from "../../scorecard/types.js";
import { formatJsonNumber } from "./jsonText.js";
import { rulesCsvRows } from "./rules.js";
import type { ValidationReport } from "./validation.js";

/**
 * `--format csv` (interface.md §6): one row per indicator, RFC 4180 (CRLF, quotes doubled),
 * columns id … note, then `benchmark_<name>,variance_<name>` for each benchmark name in
 * first-seen order. A text cell starting with = + - @ tab or CR gets a leading `'` so a
 * spreadsheet shows it as text instead of running it; numbers stay numbers (−4.4 is not text).
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text. */
  bom?: boolean;
}

type Cell = string | number | boolean | null;

const FIXED_COLUMNS = [
  "id", "title", "unit", "polarity", "value", "numerator", "denominator", "target", "variance_target", "rag", "trend", "previous", "suppressed", "note",
] as const;

/**
 * @example
 * ```ts
 * await writeFile("scorecard.csv", renderCsv(report)); // one row per indicator, then data quality
 * ```
 */
export function renderCsv(report: ScorecardReport, options: CsvOptions = {}): string {
  const names = benchmarkNames(report.indicators);
  // With --drill-down: the children behind each figure, ids separated by spaces (interface.md §6).
  const drilled = report.indicators.some((indicator) => indicator.members !== undefined);
  const header: Cell[] = [
    ...FIXED_COLUMNS, ...names.flatMap((name) => [`benchmark_${name}`, `variance_${name}`]), ...(drilled ? ["numerator_children", "denominator_children"] : []),
  ];
  const rows = report.indicators.map((indicator): Cell[] => {
    const byName = new Map(indicator.benchmarks.map((b) => [b.name, b] as const));
    const children: Cell[] = !drilled ? [] : indicator.members === undefined ? [null, null] : [indicator.members.numerator.join(" "), indicator.members.denominator.join(" ")];
    return [
      indicator.id, indicator.title, indicator.unit, indicator.polarity, indicator.value, indicator.numerator, indicator.denominator,
      indicator.target, indicator.varianceTarget, indicator.rag, indicator.trend, indicator.previous, indicator.suppressed, indicator.note,
      ...names.flatMap((name) => {
        const benchmark = byName.get(name);
        return [benchmark?.value ?? null, benchmark?.variance ?? null];
      }),
      ...children,
    ];
  });
  return csvText([header, ...rows], options);
}

const DATA_QUALITY_COLUMNS = ["kind", "file", "rows_read", "rows_used", "rows_rejected", "code", "severity", "line", "column", "message", "indicators", "count", "child"] as const;

/**
 * `validate --format csv`: one row per file read (`kind` file, with its row counts), then one
 * per issue (`kind` issue; `indicators` space-separated).
 *
 * @example
 * ```ts
 * await writeFile("data-quality.csv", renderDataQualityCsv(loadReturn903(files).dataQuality));
 * ```
 */
export function renderDataQualityCsv(dataQuality: DataQuality, options: CsvOptions = {}): string {
  return csvText([[...DATA_QUALITY_COLUMNS], ...dataQualityRows(dataQuality)], options);
}

function dataQualityRows(dataQuality: DataQuality): Cell[][] {
  const files = dataQuality.files.map((f): Cell[] => ["file", f.file, f.rowsRead, f.rowsUsed, f.rowsRejected, null, null, null, null, null, null, null, null]);
  const issues = dataQuality.issues.map((i): Cell[] => ["issue", i.file, null, null, null, i.code, i.severity, i.line, i.column, i.message, i.indicators.join(" "), i.count, i.child]);
  return [...files, ...issues];
}

const RECONCILIATION_COLUMNS = ["year", "as_at", "own_return", "all_years", "reason"] as const;

/**
 * `validate --format csv`: the data-quality rows, then the year-end reconciliation (interface.md
 * §4a) in columns of its own: one `reconciliation` row per year and indicator (`code` holds the
 * indicator id) and one `reconciliation-child` row per child that differs (in `child`), with the reason;
 * then one `rule` row per DfE rule failure (`column`: the rule's fields, `child`: the row's child).
 *
 * @example
 * ```ts
 * await writeFile("validation.csv", renderValidationCsv({ dataQuality, reconciliation: [], rules: validateReturn(files) }));
 * ```
 */
export function renderValidationCsv(validation: ValidationReport, options: CsvOptions = {}): string {
  const blank = (n: number): Cell[] => new Array<Cell>(n).fill(null);
  const pad = blank(RECONCILIATION_COLUMNS.length);
  const rows = dataQualityRows(validation.dataQuality).map((row) => [...row, ...pad]);
  // kind, the indicator id under `code`, the child under `child`; the other data-quality columns stay blank.
  const lead = (kind: string, id: string, child: string | null): Cell[] => [kind, null, null, null, null, id, ...blank(DATA_QUALITY_COLUMNS.length - 7), child];
  for (const r of validation.reconciliation) {
    rows.push([...lead("reconciliation", r.id, null), r.year, r.asAt, r.ownReturn, r.allYears, null]);
    for (const c of r.children) rows.push([...lead("reconciliation-child", r.id, c.child), r.year, r.asAt, null, null, c.reason]);
  }
  for (const row of validation.rules == null ? [] : rulesCsvRows(validation.rules)) rows.push([...row, ...pad]);
  return csvText([[...DATA_QUALITY_COLUMNS, ...RECONCILIATION_COLUMNS], ...rows], options);
}

/** Benchmark names across all indicators, first-seen order. */
function benchmarkNames(indicators: readonly IndicatorResult[]): string[] {
  const names: string[] = [];
  for (const indicator of indicators) for (const b of indicator.benchmarks) if (!names.includes(b.name)) names.push(b.name);
  return names;
}

function csvText(rows: readonly Cell[][], options: CsvOptions): string {
  return (options.bom ? "\uFEFF" : "") + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** One RFC 4180 field. */
export function csvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatJsonNumber(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A text cell a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
