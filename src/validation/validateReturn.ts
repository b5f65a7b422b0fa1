import { match } from "ts-pattern";
import { collectionYearEnd, collectionYearEndOf, collectionYearLabel, collectionYearStart, parseCollectionYear } from "../dates/collectionYear.js";
import { CicScorecardError } from "../errors.js";
import { DOLO_COLUMNS, RULE_TABLES, type RuleTableName, TABLE_COLUMNS } from "../model/columns.js";
import { compareText } from "../model/issue.js";
import { TABLES_903 } from "../model/tables.js";
import { planFolder, tableOfFileName } from "../io/ssda903/folderLayout.js";
import type { Files903 } from "../io/ssda903/parseReturn903.js";
import { READ_LIMITS } from "../io/ssda903/readTable.js";
import { INDICATOR_IDS, COLUMN_INDICATORS } from "../io/ssda903/indicatorInputs.js";
import { type ReferenceDataKind, type RuleFacts, RULESET_YEARS, rulesetForYear } from "./catalogue.js";
import type { DataView, ReferenceData, RuleData, RuleDefinition } from "./defineRule.js";
import { readRuleTable } from "./readRuleTable.js";
import { rulesetRules } from "./registry.js";
import type { RuleTable, TableKey } from "./ruleTable.js";

export interface RuleFailure {
  file: string;
  /** Physical line in the CSV (header = 1). */
  line: number;
  /** The row's CHILD as the rules read it, or null when blank. */
  child: string | null;
  /** The row's values of the rule's fields, in `fields` order (null: blank or not in this table). */
  values: (string | null)[];
}

export interface RuleResult {
  code: string;
  message: string;
  tables: string[];
  fields: string[];
  /** The indicators fed by the rule's fields (registry order). */
  indicators: string[];
  /** In file, then line order; one per row flagged. */
  failures: RuleFailure[];
}

export interface RulesReport {
  /** The collection year checked. */
  collectionYear: string;
  /** The collection year whose rules were applied. */
  ruleset: string;
  /** Rules that failed at least once, in code order. */
  results: RuleResult[];
  /** Rules that could not run on this folder, in code order, with why. */
  skipped: { code: string; reason: string }[];
}

export interface ValidateReturnOptions {
  /** The collection year to check (`2022-23`); default the latest year folder. */
  year?: string;
  referenceData?: ReferenceData;
  /** The most lines one file may hold, as the reader's `maxLinesPerFile`: a longer file is absent to the rules, as it is too-large to the reader. */
  maxLinesPerFile?: number;
}

/**
 * Checks a 903 file map (as `parseReturn903` takes it) against the DfE's validation rules of
 * the year checked, with the year before it as "last year". Pure; never throws on bad data.
 * Throws a `usage` error when the year asked for is malformed or not in the folder.
 * The same as `checkRules(loadRuleTables(files, options), options)`.
 *
 * @example
 * ```ts
 * const report = validateReturn(files, { year: "2022-23" });
 * for (const rule of report.results) console.log(rule.code, rule.message, rule.failures.length);
 * console.log(report.skipped.length, "rules not checked");
 * ```
 */
export function validateReturn(files: Files903, options: ValidateReturnOptions = {}): RulesReport {
  return checkRules(loadRuleTables(files, options), options);
}

/** A return read for the rules: the year checked and last year's tables, their columns typed (`loadRuleTables`). */
export interface RuleTables {
  /** The collection year checked, by its end year (2023 for 2022-23). */
  readonly endYear: number;
  /** @internal the tables by key, read raw. */
  readonly source: TableSource;
}

/**
 * Reads the tables of the year checked and of last year as the rules see them (raw rows), and
 * types each column the table declarations name (upper-cased text; DD/MM/YYYY dates as days)
 * and the rows by child: the load that every rule then shares.
 *
 * @example
 * ```ts
 * const tables = loadRuleTables(files, { year: "2022-23" });
 * const report = checkRules(tables, { referenceData });
 * ```
 */
export function loadRuleTables(files: Files903, options: Pick<ValidateReturnOptions, "year" | "maxLinesPerFile"> = {}): RuleTables {
  const folder = yearFolders(Object.keys(files));
  const maxLines = options.maxLinesPerFile ?? READ_LIMITS.lines;
  const endYear = yearChecked(folder, files, options.year, maxLines);
  const source = new TableSource(files, folder, endYear, maxLines);
  for (const name of RULE_TABLES) for (const key of [name, `${name}_last`] as const) source.get(key)?.typeDeclaredColumns(declaredColumns(name));
  return { endYear, source };
}

/** A table's declared columns, each with whether it holds dates. */
function declaredColumns(table: RuleTableName): readonly { name: string; date: boolean }[] {
  return table === "DoLo" ? DOLO_COLUMNS.map((name) => ({ name, date: name !== "CHILD" })) : TABLE_COLUMNS[table].map((column) => ({ name: column.name, date: column.type.kind === "date" }));
}

/**
 * Checks loaded tables (`loadRuleTables`) against every rule in force in their year. Pure; never
 * throws on bad data. Checking a load again reuses the views its tables built on the first check.
 *
 * @example
 * ```ts
 * const report = checkRules(loadRuleTables(files), { referenceData: { localAuthority: "E06000031", postcodes } });
 * ```
 */
export function checkRules(loaded: RuleTables, options: Pick<ValidateReturnOptions, "referenceData"> = {}): RulesReport {
  const { endYear, source: tables } = loaded;
  const ruleset = rulesetForYear(collectionYearLabel(endYear));
  const referenceData = options.referenceData ?? {};
  const derived = new Map<DataView<unknown>, unknown>();
  const data: RuleData = {
    table: (key) => {
      const table = tables.get(key);
      if (table === null) throw new Error(`rule read absent table ${key}`);
      return table;
    },
    tableOrNull: (key) => tables.get(key),
    collectionStart: collectionYearStart(endYear),
    collectionEnd: collectionYearEnd(endYear),
    endYear,
    referenceData,
    derived: <T>(view: DataView<T>): T => {
      if (!derived.has(view)) derived.set(view, view.build(data));
      return derived.get(view) as T;
    },
  };

  const results: RuleResult[] = [];
  const skipped: RulesReport["skipped"] = [];
  for (const { facts, definition, logicSince } of rulesetRules(ruleset)) {
    const reason = definition === null ? notImplemented(logicSince) : whySkipped(facts, definition, tables, referenceData);
    if (reason !== null) {
      skipped.push({ code: facts.code, reason });
      continue;
    }
    const failures = failuresOf(definition!.check(data), tables, facts.fields);
    if (failures.length > 0) results.push({ ...factsOf(facts), failures });
  }
  return { collectionYear: collectionYearLabel(endYear), ruleset, results, skipped };
}

function notImplemented(logicSince: string): string {
  return logicSince === "2022-23" ? "not implemented yet" : `not implemented yet (its ${logicSince} logic)`;
}

const REFERENCE_REASON: Record<ReferenceDataKind, string> = {
  postcodes: "needs the postcode reference data",
  "local-authority-code": "needs the local authority code",
  "ofsted-providers": "needs the Ofsted provider lists",
};

function whySkipped(facts: RuleFacts, definition: RuleDefinition, tables: TableSource, referenceData: ReferenceData): string | null {
  for (const kind of facts.referenceData) if (!hasReferenceData(kind, referenceData)) return REFERENCE_REASON[kind];
  const optional = definition.optional ?? [];
  for (const file of facts.tables) {
    const key = tableKeyOf(file, false);
    if (!optional.includes(key) && tables.get(key) === null) return `needs ${file}`;
  }
  for (const file of facts.previousYearTables) {
    const key = tableKeyOf(file, true);
    if (!optional.includes(key) && tables.get(key) === null) return `needs last year's ${file}`;
  }
  return null;
}

function hasReferenceData(kind: ReferenceDataKind, referenceData: ReferenceData): boolean {
  return match(kind)
    .with("local-authority-code", () => referenceData.localAuthority !== undefined)
    .with("postcodes", () => referenceData.postcodes !== undefined)
    .with("ofsted-providers", () => referenceData.ofstedProviders !== undefined)
    .exhaustive();
}

function tableKeyOf(file: string, last: boolean): TableKey {
  const table = RULE_TABLES.find((t) => `${t}.csv` === file);
  if (table === undefined) throw new Error(`catalogue table ${file} is not a rule table`);
  return last ? `${table}_last` : table;
}

function factsOf(facts: RuleFacts): Omit<RuleResult, "failures"> {
  return {
    code: facts.code,
    message: facts.message,
    tables: [...facts.tables],
    fields: [...facts.fields],
    indicators: indicatorsOfRule(facts),
  };
}

/** The indicators reading any of the rule's fields in any of its tables (registry order). */
export function indicatorsOfRule(facts: Pick<RuleFacts, "fields" | "tables" | "previousYearTables">): string[] {
  const found = new Set<string>();
  for (const file of [...facts.tables, ...facts.previousYearTables]) {
    const table = file.slice(0, -".csv".length);
    if (!(TABLES_903 as readonly string[]).includes(table)) continue;
    const byColumn = COLUMN_INDICATORS[table as (typeof TABLES_903)[number]];
    for (const field of facts.fields) for (const id of byColumn[field] ?? []) found.add(id);
  }
  return INDICATOR_IDS.filter((id) => found.has(id));
}

function failuresOf(flags: ReturnType<RuleDefinition["check"]>, tables: TableSource, fields: readonly string[]): RuleFailure[] {
  // Per table, its rows flagged once each in row (so line) order; tables in file order.
  const flagged: { table: RuleTable; rows: readonly number[] }[] = [];
  for (const [key, rows] of Object.entries(flags) as [TableKey, Iterable<number> | undefined][]) {
    const table = rows === undefined ? null : tables.get(key);
    if (table === null) continue;
    flagged.push({ table, rows: rowsInOrder(rows!, table.rowCount) });
  }
  flagged.sort((a, b) => compareText(a.table.file, b.table.file));
  const failures: RuleFailure[] = [];
  for (const { table, rows } of flagged) {
    const columns = fields.map((field) => table.column(field));
    for (const row of rows) failures.push({ file: table.file, line: table.lines[row]!, child: table.childOf(row), values: columns.map((column) => column[row] ?? null) });
  }
  return failures;
}

/** A rule's flags for a table as rows of it, once each, in order (most rules already give them so: then as given). */
function rowsInOrder(rows: Iterable<number>, rowCount: number): readonly number[] {
  const given = Array.isArray(rows) ? (rows as readonly number[]) : [...rows];
  let ordered = true;
  for (let k = 0; k < given.length && ordered; k += 1) {
    const row = given[k]!;
    ordered = Number.isInteger(row) && row >= 0 && row < rowCount && (k === 0 || row > given[k - 1]!);
  }
  if (ordered) return given;
  const valid = given.filter((row) => Number.isInteger(row) && row >= 0 && row < rowCount).sort((a, b) => a - b);
  return valid.filter((row, k) => k === 0 || row !== valid[k - 1]);
}

/** The folder's collection years: each year folder's paths by table, or one return (label null). */
interface YearFolder {
  endYear: number | null;
  paths: Map<RuleTableName, string>;
}

function yearFolders(paths: readonly string[]): YearFolder[] {
  const plan = planFolder(paths);
  return plan.years.map((year) => {
    const byTable = new Map<RuleTableName, string>();
    for (const file of year.files) if ((TABLES_903 as readonly string[]).includes(file.table)) byTable.set(file.table as RuleTableName, file.path);
    const prefix = year.label === null ? "" : `${folderOf(year.files[0]?.path ?? "")}`;
    const dolo = paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/") && isDoLoFile(p.slice(prefix.length))).sort(compareText)[0];
    if (dolo !== undefined) byTable.set("DoLo", dolo);
    return { endYear: year.endYear, paths: byTable };
  });
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash + 1);
}

/** `DoLo.csv`, or a name ending `_dolo.csv` (any case), as data.md §1 matches table names. */
function isDoLoFile(name: string): boolean {
  if (tableOfFileName(name) !== null) return false;
  const stem = name.toLowerCase().replace(/\.csv$/, "");
  return name.toLowerCase().endsWith(".csv") && (stem === "dolo" || /[_\-. ]dolo$/.test(stem));
}

function yearChecked(folder: readonly YearFolder[], files: Files903, asked: string | undefined, maxLines: number): number {
  const askedEnd = asked === undefined ? null : parseCollectionYear(asked);
  if (asked !== undefined && askedEnd === null) throw new CicScorecardError("usage", `--year ${JSON.stringify(asked)} is not a collection year such as 2022-23`, asked);
  const years = folder.filter((y) => y.endYear !== null).map((y) => y.endYear!);
  if (years.length > 0) {
    if (askedEnd === null) return Math.max(...years);
    if (!years.includes(askedEnd)) throw new CicScorecardError("usage", `--year ${asked}: the data folder has no ${collectionYearLabel(askedEnd)} folder`, asked);
    return askedEnd;
  }
  if (askedEnd !== null) return askedEnd;
  // No episode date to tell the year by: the newest ruleset's year (docs/decisions.md).
  return latestEpisodeYear(folder[0], files, maxLines) ?? parseCollectionYear(RULESET_YEARS[RULESET_YEARS.length - 1]!)!;
}

/** One return: the collection year of its latest valid DECOM or DEC. */
function latestEpisodeYear(year: YearFolder | undefined, files: Files903, maxLines: number): number | null {
  const path = year?.paths.get("episodes");
  if (path === undefined) return null;
  const episodes = readRuleTable(files[path]!, "episodes", path, maxLines);
  if (episodes === null) return null;
  let latest: number | null = null;
  for (const column of ["DECOM", "DEC"]) for (const day of episodes.dates(column)) if (day !== null && (latest === null || day > latest)) latest = day;
  return latest === null ? null : collectionYearEndOf(latest as Parameters<typeof collectionYearEndOf>[0]);
}

/** The tables of the year checked and the year before, each read raw on first use, once. */
export class TableSource {
  private readonly cache = new Map<TableKey, RuleTable | null>();
  private readonly thisYear: YearFolder | undefined;
  private readonly lastYear: YearFolder | undefined;

  constructor(
    private readonly files: Files903,
    folder: readonly YearFolder[],
    endYear: number,
    private readonly maxLines: number,
  ) {
    this.thisYear = folder.find((y) => y.endYear === endYear) ?? folder.find((y) => y.endYear === null);
    this.lastYear = folder.find((y) => y.endYear !== null && y.endYear === endYear - 1);
  }

  get(key: TableKey): RuleTable | null {
    let table = this.cache.get(key);
    if (table === undefined) {
      const last = key.endsWith("_last");
      const name = (last ? key.slice(0, -"_last".length) : key) as RuleTableName;
      const path = (last ? this.lastYear : this.thisYear)?.paths.get(name);
      table = path === undefined ? null : readRuleTable(this.files[path]!, key, path, this.maxLines);
      this.cache.set(key, table);
    }
    return table;
  }
}
