import type { Unit } from "../../indicators/types.js";
import type { DataQuality } from "../../model/issue.js";
import type { IndicatorResult, Rag, ScorecardReport, VarianceUnit } from "../../scorecard/types.js";
import { Decimal, toNumber } from "../../numbers/decimal.js";
import { formatLongDate, fractionDigits, ragText, trendText, unitDecimals } from "./html/format.js";
import { type Provenance, provenanceLines } from "./html/provenance.js";
import { resolveTheme, themeLabel, type ThemeOf } from "./html/themes.js";
import { setNumber, setText } from "./xlsx/cells.js";
import { Workbook, writeXlsx, type Cell, type HeaderFooter, type Worksheet } from "./xlsx/workbook.js";
import { setZipEntryDates } from "./xlsx/zipDates.js";

export { isFormulaLike, setText } from "./xlsx/cells.js";

export interface XlsxOptions {
  /** Workbook title (document properties). */
  title?: string;
  /** The council's name (document properties: company; page headers; the About sheet). */
  council?: string;
  /** Theme of an indicator id (the registry's); built-in table otherwise. */
  themeOf?: ThemeOf;
  /** What made the figures: the About sheet and the page footers. */
  provenance?: Provenance;
}

/** Excel's Good / Neutral / Bad styles, the same pairs as the HTML page. */
const RAG_STYLE: Record<Rag, { fill: string; font: string }> = {
  green: { fill: "FFC6EFCE", font: "FF006100" },
  amber: { fill: "FFFFEB9C", font: "FF7A4400" },
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
};

const HEADER_FILL = "FFE8EEF4";

/**
 * Display format of a value in a unit: a percentage as a spreadsheet percentage (the cell holds
 * the fraction, 0.058, shown 5.8%), rates to one place, counts and days whole; a variance signed,
 * in points or per cent.
 */
export function numberFormat(unit: Unit | VarianceUnit): string {
  switch (unit) {
    case "percent":
      return "0.0%";
    case "rate-per-10k":
    case "per-10k":
      return "0.0";
    case "points":
      return '+0.0" pts";-0.0" pts";0.0" pts"';
    case "count":
    case "days":
      return "0";
  }
}

/** The variance's format: signed, relative variances as percentages. */
function varianceFormat(unit: VarianceUnit): string {
  return unit === "percent" ? "+0.0%;-0.0%;0.0%" : numberFormat(unit);
}

/** The number a cell holds: a percentage as its fraction (computed exactly, then stored). */
export function cellNumber(value: number, unit: Unit | VarianceUnit): number {
  return unit === "percent" ? toNumber(new Decimal(value).dividedBy(100)) : value;
}

function setFigure(cell: Cell, value: number | null, unit: Unit | VarianceUnit, format = numberFormat(unit)): void {
  setNumber(cell, value === null ? null : cellNumber(value, unit), format);
}

/** A target keeps any extra places the config gave it (6.25% must not show as 6.3%). */
function targetFormat(target: number, unit: Unit): string {
  const places = fractionDigits(target);
  if (places <= unitDecimals(unit)) return numberFormat(unit);
  const decimals = `0.${"0".repeat(places)}`;
  return unit === "percent" ? `${decimals}%` : decimals;
}

export interface Column {
  header: string;
  width: number;
  /** Wrap long text (titles, notes). */
  wrap?: boolean;
}

/**
 * A sheet with a bold, filled, frozen header row (and `frozenColumns` on the left), an
 * auto-filter over its columns, printed A4 landscape a page wide with the header row on every
 * page.
 */
export function addTable(workbook: Workbook, name: string, columns: readonly Column[], options: { frozenColumns?: number } = {}): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: options.frozenColumns ?? 0, ySplit: 1 }] });
  sheet.printTitles = { rows: [1, 1] };
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    if (column.wrap === true) sheetColumn.alignment = { wrapText: true, vertical: "top" };
    const cell = sheet.getCell(1, index + 1);
    setText(cell, column.header);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return sheet;
}

/** Benchmark names in first-seen order: three columns each (value, year, variance). */
function benchmarkNames(indicators: readonly IndicatorResult[]): string[] {
  const names: string[] = [];
  for (const indicator of indicators) {
    for (const benchmark of indicator.benchmarks) if (!names.includes(benchmark.name)) names.push(benchmark.name);
  }
  return names;
}

function setRag(cell: Cell, rag: Rag | null): void {
  if (rag === null) return;
  setText(cell, ragText(rag).word);
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: RAG_STYLE[rag].fill } };
  cell.font = { bold: true, color: { argb: RAG_STYLE[rag].font } };
}

function addScorecard(workbook: Workbook, report: ScorecardReport, options: XlsxOptions): void {
  const benchmarks = benchmarkNames(report.indicators);
  const columns: Column[] = [
    { header: "Theme", width: 20 },
    { header: "ID", width: 26 },
    { header: "Indicator", width: 50, wrap: true },
    { header: "Unit", width: 13 },
    { header: "Polarity", width: 17 },
    { header: "Value", width: 10 },
    { header: "Numerator", width: 11 },
    { header: "Denominator", width: 12 },
    { header: "Target", width: 10 },
    { header: "Variance to target", width: 11 },
    { header: "Variance unit", width: 10 },
    { header: "RAG", width: 9 },
    { header: "Trend", width: 12 },
    { header: "Previous", width: 10 },
    ...benchmarks.flatMap((name) => [
      { header: name, width: 12 },
      { header: `${name}: year`, width: 10 },
      { header: `${name}: variance`, width: 12 },
    ]),
    { header: "Suppressed", width: 11 },
    { header: "Note", width: 30, wrap: true },
    { header: "Narrative", width: 70, wrap: true },
  ];
  // The indicator's title stays in view while scrolling across, and the header row prints on every page.
  const sheet = addTable(workbook, "Scorecard", columns, { frozenColumns: 3 });
  report.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(index + 2);
    const cell = (column: number): Cell => row.getCell(column);
    const unit = indicator.unit;
    setText(cell(1), themeLabel(resolveTheme(indicator.id, options.themeOf)));
    setText(cell(2), indicator.id);
    setText(cell(3), indicator.title);
    setText(cell(4), indicator.unit);
    setText(cell(5), indicator.polarity);
    setFigure(cell(6), indicator.value, unit);
    setNumber(cell(7), indicator.numerator, "0");
    setNumber(cell(8), indicator.denominator, "0");
    if (indicator.target !== null) setFigure(cell(9), indicator.target, unit, targetFormat(indicator.target, unit));
    if (indicator.varianceTargetUnit !== null) {
      setFigure(cell(10), indicator.varianceTarget, indicator.varianceTargetUnit, varianceFormat(indicator.varianceTargetUnit));
      setText(cell(11), indicator.varianceTargetUnit);
    }
    setRag(cell(12), indicator.rag);
    if (indicator.trend !== null) setText(cell(13), trendText(indicator.trend, indicator.value, indicator.previous).word);
    setFigure(cell(14), indicator.previous, unit);
    benchmarks.forEach((name, position) => {
      const benchmark = indicator.benchmarks.find((candidate) => candidate.name === name);
      if (benchmark === undefined) return;
      const first = 15 + position * 3;
      if (typeof benchmark.value === "number") setFigure(cell(first), benchmark.value, unit);
      else setText(cell(first), benchmark.value);
      setText(cell(first + 1), benchmark.year);
      setFigure(cell(first + 2), benchmark.variance, benchmark.varianceUnit, varianceFormat(benchmark.varianceUnit));
    });
    const after = 15 + benchmarks.length * 3;
    cell(after).value = indicator.suppressed;
    if (indicator.note !== null) setText(cell(after + 1), indicator.note);
    if (indicator.narrative !== undefined) setText(cell(after + 2), indicator.narrative);
  });
}

/** Month-ends down, one column per indicator that has a series. */
function addSeries(workbook: Workbook, report: ScorecardReport): void {
  const withSeries = report.indicators.filter((indicator) => (indicator.series ?? []).length > 0);
  // Headed by titles, as a reader knows the indicators; the ids are on the Scorecard sheet.
  const sheet = addTable(workbook, "Series", [{ header: "As at", width: 12 }, ...withSeries.map((indicator) => ({ header: indicator.title, width: 22, wrap: true }))], {
    frozenColumns: 1,
  });
  const monthEnds = [...new Set(withSeries.flatMap((indicator) => (indicator.series ?? []).map((point) => point.asAt)))].sort(
    (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
  monthEnds.forEach((asAt, index) => {
    const row = sheet.getRow(index + 2);
    const day = excelDate(asAt);
    if (day === null) setText(row.getCell(1), asAt);
    else {
      row.getCell(1).value = day;
      row.getCell(1).numFmt = "yyyy-mm-dd";
    }
    withSeries.forEach((indicator, column) => {
      const point = (indicator.series ?? []).find((candidate) => candidate.asAt === asAt);
      setFigure(row.getCell(column + 2), point?.value ?? null, indicator.unit);
    });
  });
}

/** The Data quality sheet: one row per issue. */
export function addDataQuality(workbook: Workbook, dataQuality: DataQuality): void {
  const sheet = addTable(workbook, "Data quality", [
    { header: "Code", width: 22 },
    { header: "Severity", width: 10 },
    { header: "File", width: 28 },
    { header: "Line", width: 8 },
    { header: "Column", width: 14 },
    { header: "Message", width: 60, wrap: true },
    { header: "Indicators", width: 40, wrap: true },
    { header: "Records", width: 9 },
  ]);
  dataQuality.issues.forEach((issue, index) => {
    const row = sheet.getRow(index + 2);
    setText(row.getCell(1), issue.code);
    setText(row.getCell(2), issue.severity);
    if (issue.file !== null) setText(row.getCell(3), issue.file);
    setNumber(row.getCell(4), issue.line, "0");
    if (issue.column !== null) setText(row.getCell(5), issue.column);
    setText(row.getCell(6), issue.message);
    if (issue.indicators.length > 0) setText(row.getCell(7), issue.indicators.join(", "));
    setNumber(row.getCell(8), issue.count, "0"); // records the issue stands for (a folded warning counts them all)
  });
}

/** One row per child per list; only when some indicator carries `members` (`--drill-down`). */
function addDrillDown(workbook: Workbook, report: ScorecardReport): void {
  const withMembers = report.indicators.filter((indicator) => indicator.members !== undefined);
  if (withMembers.length === 0) return;
  const sheet = addTable(workbook, "Drill-down", [
    { header: "Indicator", width: 26 },
    { header: "List", width: 13 },
    { header: "Child id", width: 16 },
    { header: "Reason", width: 24 },
  ]);
  let rowNumber = 2;
  const add = (id: string, list: string, child: string, reason: string | null): void => {
    const row = sheet.getRow(rowNumber);
    rowNumber += 1;
    setText(row.getCell(1), id);
    setText(row.getCell(2), list);
    // Child ids stay text: "0042" must not become 42.
    setText(row.getCell(3), child);
    if (reason !== null) setText(row.getCell(4), reason);
  };
  for (const indicator of withMembers) {
    const members = indicator.members;
    if (members === undefined) continue;
    for (const child of members.numerator) add(indicator.id, "numerator", child, null);
    for (const child of members.denominator) add(indicator.id, "denominator", child, null);
    for (const exclusion of members.excluded) add(indicator.id, "excluded", exclusion.child, exclusion.reason);
  }
}

/** An empty workbook whose document dates are the day `iso`, so the same input gives the same bytes. */
export function stampedWorkbook(iso: string): Workbook {
  const workbook = new Workbook();
  const stamp = excelDate(iso) ?? new Date(Date.UTC(1980, 0, 1));
  workbook.creator = "cic-scorecard";
  workbook.lastModifiedBy = "cic-scorecard";
  workbook.created = stamp;
  workbook.modified = stamp;
  return workbook;
}

/** Midnight UTC of an ISO day, stored as that day's serial; null if not a date. */
function excelDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * The scorecard as an XLSX workbook: Scorecard (one row per indicator, numbers as numbers
 * with formats, RAG cells filled), Series (month-ends × indicators), Data quality (the issues)
 * and, with members, Drill-down. Deterministic: document dates are the as-at day and zip
 * entries are stamped with it, so the same report gives the same bytes.
 *
 * @example
 * ```ts
 * await writeFile("scorecard.xlsx", await renderXlsx(report, { council: "Peterborough" }));
 * ```
 */
export async function renderXlsx(report: ScorecardReport, options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = stampedWorkbook(report.asAt);
  if (options.title !== undefined) workbook.title = options.title;
  if (options.council !== undefined) workbook.company = options.council;
  addScorecard(workbook, report, options);
  addSeries(workbook, report);
  addDataQuality(workbook, report.dataQuality);
  addDrillDown(workbook, report);
  addAbout(workbook, report, options);
  const headerFooter = pageHeaderFooter(report, options);
  for (const sheet of workbook.worksheets) sheet.headerFooter = headerFooter;
  return setZipEntryDates(writeXlsx(workbook), report.asAt);
}

/** `&` starts a code in Excel's header and footer text; a literal one is `&&`. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

function pageHeaderFooter(report: ScorecardReport, options: XlsxOptions): HeaderFooter {
  const title = `${options.council === undefined ? "" : `${options.council}: `}${options.title ?? "Children in care scorecard"}`;
  return {
    oddHeader: `&L${headerText(title)}&R${headerText(`As at ${formatLongDate(report.asAt)}`)}`,
    oddFooter: `&L${headerText(options.provenance?.tool ?? "cic-scorecard")}&RPage &P of &N`,
  };
}

/** The last sheet: what the workbook is, as at when, for whom, and how its figures were made. */
function addAbout(workbook: Workbook, report: ScorecardReport, options: XlsxOptions): void {
  const sheet = workbook.addWorksheet("About");
  sheet.getColumn(1).width = 110;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  const lines = [
    options.title ?? "Children in care scorecard",
    ...(options.council === undefined ? [] : [options.council]),
    `As at ${formatLongDate(report.asAt)}; period from ${formatLongDate(report.periodStart)}.`,
    ...(options.provenance === undefined ? [] : provenanceLines(options.provenance, report.asAt, report.periodStart, options.council)),
    "Percentages are stored as fractions with a percentage format (5.8% is 0.058); rates are per 10,000 children; days are whole days.",
    "RAG: Green = at or better than target; Amber = short of target but within tolerance; Red = outside tolerance.",
  ];
  lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    setText(cell, line);
    if (index === 0) cell.font = { bold: true };
  });
}
