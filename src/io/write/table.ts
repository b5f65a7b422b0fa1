import { NOTE_EMPTY_COHORT } from "../../evaluate/suppression.js";
import type { Unit } from "../../indicators/types.js";
import { type DataQuality, recordsBySeverity } from "../../model/issue.js";
import type { IndicatorResult, ScorecardReport, VarianceUnit } from "../../scorecard/types.js";
import { formatJsonNumber } from "./jsonText.js";
import { rulesTableSection } from "./rules.js";
import { type ValidationReport, differingYears } from "./validation.js";

/**
 * `--format table` (interface.md §6): a fixed-width text table for a terminal, one row per
 * indicator (id, title, value, numerator/denominator, target, RAG, trend, variance to
 * target, note), then one data-quality line. Control characters in data become spaces so a
 * title cannot move the cursor or colour the terminal.
 *
 * @example
 * ```ts
 * process.stdout.write(renderTable(report)); // the fixed-width table `cic-scorecard report` prints
 * ```
 */
export function renderTable(report: ScorecardReport): string {
  const header = ["ID", "Title", "Value", "N/D", "Target", "RAG", "Trend", "Variance", "Note"];
  // Long titles wrap onto continuation lines so the table fits a terminal.
  const rows = report.indicators.flatMap((i) => {
    const [first = "", ...rest] = wrap(clean(i.title), TITLE_WIDTH);
    const cells = tableCells(i);
    return [
      [i.id, first, cells.value, countsText(i), cells.target, cells.rag, cells.trend, cells.variance, cells.note],
      ...rest.map((line) => ["", line, "", "", "", "", "", "", ""]),
      ...childRows(i),
    ];
  });
  return `Scorecard at ${report.asAt} (period from ${report.periodStart})\n\n${layout(header, rows, [2, 3, 4, 7])}\n\n${dataQualityLine(report.dataQuality)}\n`;
}

/** One indicator's cells as the table prints them (the browser page shows the same text). */
export interface TableCells {
  value: string;
  numerator: string;
  denominator: string;
  target: string;
  rag: string;
  trend: string;
  variance: string;
  note: string;
}

export function tableCells(i: IndicatorResult): TableCells {
  return {
    value: i.suppressed ? "suppressed" : i.note === NOTE_EMPTY_COHORT ? "no children" : valueText(i.value, i.unit),
    numerator: i.numerator === null ? NONE : String(i.numerator),
    denominator: i.denominator === null ? NONE : String(i.denominator),
    target: valueText(i.target, i.unit),
    rag: i.rag ?? NONE,
    trend: i.trend ?? NONE,
    variance: varianceText(i.varianceTarget, i.varianceTargetUnit),
    note: i.note ?? "",
  };
}

/**
 * `validate --format table`: files with their row counts, a summary by indicator (which KPIs
 * the problems can distort) and by issue code, every issue, then the summary line.
 *
 * @example
 * ```ts
 * process.stdout.write(renderDataQualityTable(loadReturn903(files).dataQuality));
 * ```
 */
export function renderDataQualityTable(dataQuality: DataQuality): string {
  const files = layout(
    ["File", "Read", "Used", "Rejected"],
    dataQuality.files.map((f) => [f.file, String(f.rowsRead), String(f.rowsUsed), String(f.rowsRejected)]),
    [1, 2, 3],
  );
  const summaries = dataQuality.issues.length === 0 ? [] : ["", summaryByIndicator(dataQuality), "", summaryByCode(dataQuality)];
  const issues = dataQuality.issues.map((issue) => {
    const where = [issue.file, issue.line === null ? null : `line ${issue.line}`, issue.column, issue.child === null ? null : `child ${issue.child}`]
      .filter((part) => part !== null)
      .join(", ");
    return clean(`${issue.severity} ${issue.code}${where === "" ? "" : ` (${where})`}: ${issue.message}`);
  });
  return [files, ...summaries, ...(issues.length > 0 ? ["", ...issues] : []), "", dataQualityLine(dataQuality)].join("\n") + "\n";
}

/** The most children a reconciliation row lists in the table (the JSON and CSV list them all). */
const CHILDREN_SHOWN = 10;

/**
 * `validate` (table): the data-quality account, then the year-end reconciliation: each year's
 * own return beside the whole folder, and the children behind every difference; then the DfE
 * rules, grouped by rule with counts and the first lines.
 *
 * @example
 * ```ts
 * process.stdout.write(renderValidationTable({ dataQuality, reconciliation: [], rules: null }));
 * ```
 */
export function renderValidationTable(validation: ValidationReport): string {
  const reconciled = reconciliationTable(validation);
  return validation.rules == null ? reconciled : `${reconciled}\n${rulesTableSection(validation.rules)}\n`;
}

function reconciliationTable(validation: ValidationReport): string {
  const account = renderDataQualityTable(validation.dataQuality);
  if (validation.reconciliation.length === 0) return account;
  const figures = layout(
    ["Year", "Indicator at 31 March", "Own return", "All years", "Children differing"],
    validation.reconciliation.map((r) => [r.year, r.id, String(r.ownReturn), String(r.allYears), String(r.children.length)]),
    [2, 3, 4],
  );
  const details = differingYears(validation.reconciliation).flatMap((r) => {
    const shown = r.children.slice(0, CHILDREN_SHOWN).map((c) => `  ${c.child}: ${c.reason}`);
    const more = r.children.length > CHILDREN_SHOWN ? [`  … and ${r.children.length - CHILDREN_SHOWN} more (--format json or csv lists them all)`] : [];
    return [`${r.year} ${r.id}: ${r.ownReturn} in the year's own return, ${r.allYears} from all years`, ...shown.map(clean), ...more];
  });
  return [account.trimEnd(), "", "Year-end reconciliation (what the DfE counts from each year's own return):", figures, ...(details.length > 0 ? ["", ...details] : [])].join("\n") + "\n";
}

/** Errors and warnings per indicator they can distort, in the order indicators first appear. */
function summaryByIndicator(dataQuality: DataQuality): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const issue of dataQuality.issues) {
    for (const id of issue.indicators) {
      const c = counts.get(id) ?? { errors: 0, warnings: 0 };
      // Records, not entries: a folded warning stands for `count` records.
      if (issue.severity === "error") c.errors += issue.count;
      else c.warnings += issue.count;
      counts.set(id, c);
    }
  }
  const rows = [...counts].map(([id, c]) => [id, String(c.errors), String(c.warnings)]);
  return rows.length === 0 ? "No indicator is affected." : layout(["Indicator affected", "Errors", "Warnings"], rows, [1, 2]);
}

/** Issues per code and severity, most frequent first (ties by code). */
function summaryByCode(dataQuality: DataQuality): string {
  const counts = new Map<string, number>();
  for (const issue of dataQuality.issues) {
    const key = `${issue.code}\u0000${issue.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + issue.count);
  }
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, n]) => [...key.split("\u0000"), String(n)]);
  return layout(["Issue code", "Severity", "Records"], rows, [2]);
}

const NONE = "-";
const TITLE_WIDTH = 48;

/** Greedy word wrap; a word longer than the width stands on its own line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** "Data quality: 2 files, 2 rows rejected, 2 errors, 1 warning". */
export function dataQualityLine(dataQuality: DataQuality): string {
  const rejected = dataQuality.files.reduce((sum, f) => sum + f.rowsRejected, 0);
  // Records hit, not folded entries (a warning folded over 11,000 records counts 11,000).
  const { errors, warnings } = recordsBySeverity(dataQuality.issues);
  return `Data quality: ${plural(dataQuality.files.length, "file")}, ${plural(rejected, "row")} rejected, ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

const DECIMALS: Record<Unit | VarianceUnit, number> = { percent: 1, "rate-per-10k": 1, "per-10k": 1, points: 1, days: 0, count: 0 };

/** Presented values keep their unit's decimals (76.0, not 76). */
function fixed(value: number, unit: Unit | VarianceUnit): string {
  const text = formatJsonNumber(value);
  const places = DECIMALS[unit];
  if (places === 0) return text;
  const [whole, fraction = ""] = text.split(".");
  return `${whole}.${fraction.padEnd(places, "0")}`;
}

/** With --drill-down, the children's ids under the indicator's row, in the title column (interface.md §6). */
function childRows(indicator: IndicatorResult): string[][] {
  const members = indicator.members;
  if (members === undefined) return [];
  const lists = [
    `numerator (${members.numerator.length}): ${members.numerator.join(" ") || NONE}`,
    `denominator (${members.denominator.length}): ${members.denominator.join(" ") || NONE}`,
    ...(members.excluded.length === 0 ? [] : [`left out (${members.excluded.length}): ${members.excluded.map((e) => `${e.child} (${e.reason})`).join(" ")}`]),
  ];
  return lists.flatMap((text) => wrap(clean(text), TITLE_WIDTH)).map((line) => ["", line, "", "", "", "", "", "", ""]);
}

function valueText(value: number | null, unit: Unit): string {
  if (value === null) return NONE;
  return unit === "percent" ? `${fixed(value, unit)}%` : fixed(value, unit);
}

function countsText(indicator: IndicatorResult): string {
  if (indicator.numerator === null) return indicator.denominator === null ? NONE : `-/${indicator.denominator}`;
  return indicator.denominator === null ? String(indicator.numerator) : `${indicator.numerator}/${indicator.denominator}`;
}

function varianceText(variance: number | null, unit: VarianceUnit | null): string {
  if (variance === null || unit === null) return NONE;
  const sign = variance > 0 ? "+" : "";
  const suffix = unit === "percent" ? "%" : ` ${unit}`;
  return `${sign}${fixed(variance, unit)}${suffix}`;
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}

/** Pad columns to their widest cell; `right` lists the columns aligned right (numbers). */
function layout(header: string[], rows: string[][], right: number[]): string {
  const all = [header, ...rows].map((row) => row.map(clean));
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}
