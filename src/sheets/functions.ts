import type { Day } from "../dates/day.js";
import { workingDaysBetween } from "../dates/workingDays.js";
import { presentValue } from "../evaluate/present.js";
import { ragOf } from "../evaluate/rag.js";
import { trendOf } from "../evaluate/trend.js";
import { varianceAgainstBenchmark, varianceAgainstTarget } from "../evaluate/variance.js";
import { CicScorecardError } from "../errors.js";
import { buildCohort } from "../history/buildCohort.js";
import { BUILT_IN_INDICATORS, findIndicator } from "../indicators/registry.js";
import type { Polarity, Unit } from "../indicators/types.js";
import type { Cohort } from "../model/cohort.js";
import type { RecordLists } from "../model/records.js";
import { tableRecordsOf } from "../model/return903.js";
import type { TableName } from "../model/tables.js";
import { computeScorecard } from "../scorecard/computeScorecard.js";
import { createRun } from "../scorecard/run.js";
import type { IndicatorResult } from "../scorecard/types.js";
import { ENGLAND, findLocalAuthority, neighbourAverage } from "../benchmarks/dfe.js";
import { DFE_DATA } from "../benchmarks/dfeData.js";
import { type Read, describeCell, isBlankCell, readChoice, readDay, readNumber, readText, scalarOf, trimText } from "./cells.js";
import { SheetError } from "./errors.js";
import { SHEET_TABLES, type SheetTableName, isRange, readSheetTable } from "./tables.js";

/**
 * The cell functions, host-neutral: each takes the arguments as a host passes them, turns
 * them into core values (src/sheets/cells.ts), calls the core and turns the answer back into
 * a cell or a 2D array. No indicator logic lives here. Failures throw `SheetError`; the host
 * wrappers (excel/functions.ts, google/index.ts) translate it.
 */
export type CellResult = number | string;

/** Tables passed after header, episodes and population, in this order (INDICATOR and SCORECARD). */
export const OPTIONAL_TABLES = SHEET_TABLES.slice(2) as Exclude<SheetTableName, "header" | "episodes">[];

function argument<T>(name: string, cell: unknown, read: (cell: unknown) => Read<T>): T | null {
  const result = read(scalarOf(cell));
  if (!result.ok) throw new SheetError("invalid-value", `${name}: ${result.reason}`);
  return result.value;
}

function required<T>(name: string, cell: unknown, read: (cell: unknown) => Read<T>): T {
  const value = argument(name, cell, read);
  if (value === null) throw new SheetError("not-available", `${name} is blank`);
  return value;
}

function nonNegative(name: string, n: number): number {
  if (n < 0) throw new SheetError("invalid-value", `${name} must not be negative, got ${n}`);
  return n;
}

const POLARITIES: Record<string, Polarity> = {
  higher: "higher-is-better", "higher-is-better": "higher-is-better", lower: "lower-is-better", "lower-is-better": "lower-is-better",
};

function polarityArg(cell: unknown): Polarity {
  const text = required("polarity", cell, readText).toLowerCase();
  const polarity = POLARITIES[text];
  if (polarity === undefined) throw new SheetError("invalid-value", `polarity must be "higher" or "lower", got ${JSON.stringify(text)}`);
  return polarity;
}

const UNITS: readonly Unit[] = ["percent", "rate-per-10k", "days", "count"];
const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** RATE(count, population): per 10,000, 1 dp. */
export function rate(count: unknown, population: unknown): number {
  const c = nonNegative("count", required("count", count, readNumber));
  const p = nonNegative("population", required("population", population, readNumber));
  if (p === 0) throw new SheetError("division-by-zero", "population is 0");
  return presentValue("rate-per-10k", c, null, p)!;
}

/** PERCENT(numerator, denominator): 1 dp. */
export function percent(numerator: unknown, denominator: unknown): number {
  const n = nonNegative("numerator", required("numerator", numerator, readNumber));
  const d = nonNegative("denominator", required("denominator", denominator, readNumber));
  if (d === 0) throw new SheetError("division-by-zero", "denominator is 0");
  return presentValue("percent", n, d, null)!;
}

/** RAG(value, target, polarity, [tolerance]): "Red" / "Amber" / "Green"; "" with no value or no target. */
export function rag(value: unknown, target: unknown, polarity: unknown, tolerance?: unknown): string {
  const v = argument("value", value, readNumber);
  const t = argument("target", target, readNumber);
  const p = polarityArg(polarity);
  const band = argument("tolerance", tolerance, readNumber);
  if (band !== null) nonNegative("tolerance", band);
  const result = ragOf(v, t, band, p);
  return result === null ? "" : titleCase(result);
}

/** VARIANCE(value, reference, unit, [against]): the interface spec's variance against a target or a benchmark. */
export function variance(value: unknown, reference: unknown, unit: unknown, against?: unknown): number {
  const v = required("value", value, readNumber);
  const r = required("reference", reference, readNumber);
  const u = required("unit", unit, (c) => readChoice(c, UNITS));
  const kind = argument("against", against, (c) => readChoice(c, ["target", "benchmark"] as const)) ?? "target";
  const result = kind === "target" ? varianceAgainstTarget(u, v, r) : varianceAgainstBenchmark(u, v, r);
  if (result.variance === null) throw new SheetError("division-by-zero", `a relative variance needs a ${kind} other than 0`);
  return result.variance;
}

/** TREND(value, previous, polarity, [threshold]): "Improving" / "Worsening" / "Stable"; "" when either value is blank. */
export function trend(value: unknown, previous: unknown, polarity: unknown, threshold?: unknown): string {
  const v = argument("value", value, readNumber);
  const before = argument("previous", previous, readNumber);
  const p = polarityArg(polarity);
  // 0.1 is one step of a 1 dp figure and smaller than any change of a whole-number one.
  const minimumChange = argument("threshold", threshold, readNumber) ?? 0.1;
  if (!(minimumChange > 0)) throw new SheetError("invalid-value", `threshold must be greater than 0, got ${minimumChange}`);
  const result = trendOf(v, before, p, minimumChange);
  return result === null ? "" : titleCase(result);
}

/** WORKDAYS(start, end): working days d with start < d ≤ end (England and Wales). */
export function workdays(start: unknown, end: unknown): number {
  return workingDaysBetween(required("start", start, readDay), required("end", end, readDay));
}

/** The pasted tables by argument position: header, episodes, then OPTIONAL_TABLES. */
export type TableArguments = Partial<Record<SheetTableName, unknown>>;

export function tableArguments(header: unknown, episodes: unknown, optional: readonly unknown[]): TableArguments {
  const tables: TableArguments = { header, episodes };
  OPTIONAL_TABLES.forEach((table, i) => (tables[table] = optional[i]));
  return tables;
}

/**
 * An optional range left out: omitted (undefined, null), a blank cell, or a blank cell passed
 * where a range is expected (Excel sends [[null]], or [[0]] on desktop).
 */
export function isOmitted(argument: unknown): boolean {
  const cell = scalarOf(argument);
  return isBlankCell(cell) || (cell === 0 && Array.isArray(argument));
}

/**
 * Stitch the pasted tables into a cohort as one return of unknown year. A blank or omitted
 * argument is an absent table, except episodes: with no episode rows every figure would be a
 * 0 that looks real, so an empty or blank episodes range is an error.
 */
export function cohortOfTables(tables: TableArguments): Cohort {
  const lists: Partial<RecordLists> = {};
  const present: TableName[] = [];
  let readOrder = 0;
  const noEpisodes = () => new SheetError("not-available", "the episodes range is empty: no figure can be computed without episodes");
  for (const table of SHEET_TABLES) {
    const range = tables[table];
    if (isOmitted(range)) {
      if (table === "episodes") throw noEpisodes();
      continue;
    }
    if (!isRange(range)) throw new SheetError("invalid-value", `the ${table} argument must be a range with a header row`);
    const read = readSheetTable(table, range, readOrder);
    if (table === "episodes" && read.rows === 0) throw noEpisodes();
    (lists as Record<TableName, unknown[]>)[table] = read.records;
    readOrder += read.records.length;
    present.push(table);
  }
  // The records were read for this call alone: the cohort takes its episode rows over rather than copying them.
  return buildCohort({ years: [{ label: null, endYear: null, tables: present, records: tableRecordsOf(lists) }] }, { consume: true }).cohort;
}

function asAtArg(asAt: unknown): Day {
  return required("asAt", asAt, readDay);
}

function populationArg(population: unknown): number | null {
  const p = argument("population", population, readNumber);
  if (p !== null && !(Number.isSafeInteger(p) && p > 0)) throw new SheetError("invalid-value", `population must be a positive whole number, got ${p}`);
  return p;
}

/** The core's note in spreadsheet words. */
export function sheetNote(note: string): string {
  return note.replace("needs --population", "needs a population argument").replace(/needs (\w+)\.csv/g, "needs the $1 range").replace(/ and (\w+)\.csv/g, " and the $1 range");
}

/** INDICATOR(id, asAt, header, episodes, [population], [reviews] … [placed_for_adoption]): the indicator's presented value. */
export function indicator(id: unknown, asAt: unknown, header: unknown, episodes: unknown, population?: unknown, ...tables: unknown[]): number {
  const indicatorId = required("id", id, readText);
  const definition = findIndicator(BUILT_IN_INDICATORS, indicatorId);
  const day = asAtArg(asAt);
  const p = populationArg(population);
  const cohort = cohortOfTables(tableArguments(header, episodes, tables));
  // The figure at R only: a scorecard row would also measure R′ for its trend, doubling the work.
  const { figure } = createRun(cohort, { population: p, indicators: [definition] }).measure(definition, day);
  if (figure.value === null) throw new SheetError("not-available", `not computable: ${sheetNote(figure.note ?? "no value")}`);
  return figure.value;
}

/**
 * The targets range of SCORECARD as config: a header row with ID and TARGET, optionally
 * TOLERANCE and POLARITY ("higher"/"lower"); one row per indicator. A blank target is no target.
 */
export function targetsConfig(range: unknown[][]): { indicators: Record<string, Record<string, unknown>> } {
  const names = (range[0] ?? []).map((cell) => (typeof cell === "string" ? trimText(cell).toUpperCase() : ""));
  const at = (name: string) => names.indexOf(name);
  if (at("ID") < 0 || at("TARGET") < 0) throw new SheetError("invalid-value", "the targets range needs a header row with id and target columns");
  const known = new Set(BUILT_IN_INDICATORS.map((d) => d.id));
  const indicators: Record<string, Record<string, unknown>> = {};
  range.slice(1).forEach((row, i) => {
    if (row.every(isBlankCell)) return;
    const where = `targets row ${i + 2}`;
    const id = required(`${where} id`, row[at("ID")], readText);
    if (!known.has(id)) throw new SheetError("invalid-value", `${where}: unknown indicator id "${id}"`);
    const settings: Record<string, unknown> = { target: argument(`${where} target`, row[at("TARGET")], readNumber) };
    const tolerance = at("TOLERANCE") < 0 ? null : argument(`${where} tolerance`, row[at("TOLERANCE")], readNumber);
    if (tolerance !== null) settings.tolerance = nonNegative(`${where} tolerance`, tolerance);
    if (at("POLARITY") >= 0 && !isBlankCell(row[at("POLARITY")])) settings.polarity = polarityArg(row[at("POLARITY")]);
    indicators[id] = settings;
  });
  return { indicators };
}

const SCORECARD_COLUMNS = ["id", "title", "value", "numerator", "denominator"] as const;

function scorecardRow(result: IndicatorResult, withTargets: boolean): CellResult[] {
  // "" for no value: Excel shows a null as 0.
  const cell = (v: number | null): CellResult => v ?? "";
  const row: CellResult[] = [result.id, result.title, cell(result.value), cell(result.numerator), cell(result.denominator)];
  if (withTargets) row.push(cell(result.target), result.rag === null ? "" : titleCase(result.rag));
  row.push(result.note === null ? "" : sheetNote(result.note));
  return row;
}

/**
 * SCORECARD(asAt, header, episodes, [population], [targets], [reviews] … [placed_for_adoption]):
 * every registered indicator as a spilled table with a header row: id, title, value, numerator,
 * denominator, (target, rag when a targets range is given), note.
 */
export function scorecard(asAt: unknown, header: unknown, episodes: unknown, population?: unknown, targets?: unknown, ...tables: unknown[]): CellResult[][] {
  const day = asAtArg(asAt);
  const p = populationArg(population);
  const withTargets = !isOmitted(targets);
  if (withTargets && !isRange(targets)) throw new SheetError("invalid-value", "the targets argument must be a range with a header row");
  const config = withTargets ? targetsConfig(targets as unknown[][]) : undefined;
  const cohort = cohortOfTables(tableArguments(header, episodes, tables));
  const result = computeScorecard(cohort, { asAt: day, population: p, config });
  const head: CellResult[] = [...SCORECARD_COLUMNS, ...(withTargets ? ["target", "rag"] : []), "note"];
  return [head, ...result.indicators.map((r) => scorecardRow(r, withTargets))];
}

/** Any failure as a SheetError: the core's misuse errors lose their library prefix. */
export function asSheetError(error: unknown): SheetError {
  if (error instanceof SheetError) return error;
  if (error instanceof CicScorecardError) return new SheetError("invalid-value", error.message.replace(/^\[cic-scorecard\] /, ""));
  return new SheetError("invalid-value", error instanceof Error ? error.message : String(error));
}

/** The function table both hosts expose, by the names users type. */
const LEVELS = ["la", "neighbours", "region", "england"] as const;

/**
 * BENCHMARK(id, la, level, [year]): the DfE's published figure for an indicator: the LA's own
 * (`la`), its 2021 statistical neighbours' mean (`neighbours`), its region's or England's, for a
 * reporting year (`2017-18` or 2018; default the latest with a figure). A DfE mark comes back as
 * its letter; no figure at all is an error, never a 0. Care leavers: the 19-21 cohort.
 */
export function benchmark(id: unknown, la: unknown, level: unknown, year?: unknown): number | string {
  const key = required("id", id, readText);
  const authority = findLocalAuthority(DFE_DATA, required("la", la, readText));
  if (authority === null) throw new SheetError("invalid-value", `${describeCell(scalarOf(la))} is not an English local authority (old code, ONS code or name)`);
  const which = required("level", level, (c) => readChoice(c, LEVELS));
  const byYear = DFE_DATA.figures[`${key}|${key.startsWith("care-leavers-") ? "19-21" : ""}`];
  if (byYear === undefined) throw new SheetError("not-available", `the DfE publishes no ${key} figure`);
  const yearText = argument("year", year, readText);
  const wanted = yearText === null ? null : Number(/^(\d{4})-\d{2}$/.exec(yearText) ? Number(yearText.slice(0, 4)) + 1 : yearText);
  const years = Object.keys(byYear).map(Number).filter((y) => (wanted === null ? byYear[y]![ENGLAND] !== undefined : y === wanted));
  if (years.length === 0) throw new SheetError("not-available", `no ${key} figure for ${yearText ?? "any year"}`);
  const cells = byYear[Math.max(...years)]!;
  const unit = BUILT_IN_INDICATORS.find((d) => d.id === key)?.unit ?? (key.endsWith("-count") ? "count" : "percent");
  const value =
    which === "la" ? cells[authority.oldCode]
    : which === "region" ? cells[authority.regionCode]
    : which === "england" ? cells[ENGLAND]
    : neighbourAverage(authority.neighbours["2021"].map((c) => cells[c]).filter((v): v is number => typeof v === "number"), "mean", unit) ?? undefined;
  if (value === undefined) throw new SheetError("not-available", `no ${which} figure for ${key}`);
  return value;
}

export const SHEET_FUNCTIONS = {
  RATE: rate,
  PERCENT: percent,
  RAG: rag,
  VARIANCE: variance,
  TREND: trend,
  WORKDAYS: workdays,
  INDICATOR: indicator,
  SCORECARD: scorecard,
  BENCHMARK: benchmark,
} as const;
export type SheetFunctionName = keyof typeof SHEET_FUNCTIONS;
