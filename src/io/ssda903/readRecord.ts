import { type Day, ukFromDay } from "../../dates/day.js";
import { PERSONAL_COLUMNS } from "../../model/issue.js";
import type { TableName } from "../../model/tables.js";
import type { CsvRecord } from "../csv/scanCsv.js";
import { type CodeEntry, codeTable } from "./codeTables.js";
import type { IssueSink } from "./issueSink.js";
import { SeenRows } from "./seenRows.js";
import type { SharedIds } from "./sharedIds.js";
import type { ColumnSpec, TableSpec, Value } from "./tableSpecs.js";
import { detached, mayBeFloatArtefact, readCommonDate, readDate, readFlag, readId, readInteger, trimValue } from "./values.js";

/**
 * Checking one record's fields into values (data.md §3–§4). Hot: a national return has
 * millions of records, so everything that depends only on the file (where each column is, its
 * code list for the year) is worked out once per file, and the values go into one reused row.
 */

/** What the reader knows about a file before opening it. */
export interface FileContext {
  file: string;
  table: TableName;
  /** Collection year label (`2021-22`) and end year; null for a single return. */
  label: string | null;
  endYear: number | null;
  /** A DD/MM/YY date after this day is read as 19YY (data.md §3); null: always 20YY. */
  latestTwoDigitDay: Day | null;
  /** The most lines the file may hold before it is refused as too-large; default `READ_LIMITS.lines`. */
  maxLines?: number;
  /** Bytes decoded at a time (default `CHUNK_BYTES`, 64 KiB); the tests make it small so that records cross chunks. */
  chunkBytes?: number;
  /** The child ids of the return's files read so far (`SharedIds`); without it each file keeps its own. */
  childIds?: SharedIds;
}

const MAX_QUOTED = 40;

/** A value as messages quote it, shortened when huge. */
export function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
}

/** How one column of the table is read from this file. */
interface ColumnPlan {
  spec: ColumnSpec;
  /** `spec.type.kind`, kept here because the column types differ in shape. */
  kind: ColumnSpec["type"]["kind"];
  /** Field index in the file, or -1 when the (optional) column is absent: read as blank. */
  position: number;
  /** A column of personal data (CHILD, DOB, …): its messages name the column, never the value. */
  personal: boolean;
  /** For a code column: its list for the file's year. */
  codes: ReadonlyMap<string, CodeEntry> | null;
  /** For a choice column: each value, and its lower case, → the value. */
  choices: ReadonlyMap<string, string> | null;
  /**
   * The last value read cleanly (no issue) in an id or text column. Records come grouped by
   * child, so the same id or postcode often repeats on the next line: the records then share
   * one string (less memory, and maps keyed by it hash it once).
   */
  last: string;
  /**
   * The column is the child id, which the cohort keeps: shared with the return's other files
   * (`FileContext.childIds`). Every id or text value kept is copied out of the text it was cut
   * from (`detached`).
   */
  isChildId: boolean;
}

function planColumn(spec: ColumnSpec, positions: ReadonlyMap<string, number>, endYear: number | null): ColumnPlan {
  const type = spec.type;
  let choices: Map<string, string> | null = null;
  if (type.kind === "choice") {
    choices = new Map();
    for (const value of type.values) {
      choices.set(value.toLowerCase(), value);
      if (!choices.has(value)) choices.set(value, value);
    }
  }
  return {
    spec,
    kind: type.kind,
    position: positions.get(spec.name) ?? -1,
    personal: PERSONAL_COLUMNS.has(spec.name),
    isChildId: spec.name === "CHILD",
    codes: type.kind === "code" ? codeTable(type.list, endYear) : null,
    choices,
    last: "",
  };
}

export class RecordReader {
  /** The checked values of the last record read, in the table's column order (reused). */
  readonly row: Value[];
  private readonly plans: ColumnPlan[];
  private readonly seenRows: SeenRows | null;
  /** Field index of CHILD (−1: none), named in every issue of the record (`child`). */
  private readonly childPosition: number;

  /**
   * `positions`: column name → field index, from a usable header; `headerUpper`: the header's
   * fields trimmed and upper-cased; `lines`: the file's lines, when counted.
   */
  constructor(
    /** Reads again the record at a source position (for `duplicate-row`). */
    reread: (position: number, line: number) => CsvRecord | null,
    spec: TableSpec,
    positions: ReadonlyMap<string, number>,
    private readonly headerUpper: readonly string[],
    private readonly context: FileContext,
    private readonly sink: IssueSink,
    lines?: number,
  ) {
    this.plans = spec.columns.map((column) => planColumn(column, positions, context.endYear));
    this.childPosition = positions.get("CHILD") ?? -1;
    this.row = spec.columns.map(() => null);
    this.seenRows = context.table === "episodes" ? new SeenRows(reread, lines) : null;
  }

  /**
   * Checks record `r` (which starts at source position `offset`) into `row`; false when it is rejected (its
   * errors are in the sink). Trims `r.fields` in place.
   */
  read(r: CsvRecord, offset: number): boolean {
    const sink = this.sink;
    const line = r.line;
    const headerUpper = this.headerUpper;
    if (r.tooLarge) {
      const column = headerUpper[r.tooLargeField] ?? null;
      sink.error("field-too-large", line, column, `a field${column ? ` in ${column}` : ""} is over 1,048,576 characters; record rejected`);
      return false;
    }
    const fields = r.fields;
    const childField = this.childPosition >= 0 ? fields[this.childPosition]?.trim() : undefined;
    sink.child = childField === undefined || childField === "" ? null : mayBeFloatArtefact(childField) ? readId(childField).value : childField;
    if (fields.length !== headerUpper.length) {
      sink.error("field-count", line, null, `the record has ${fields.length} fields but the header has ${headerUpper.length}`);
      return false;
    }
    for (let k = 0; k < fields.length; k += 1) fields[k] = trimValue(fields[k]!);
    if (repeatsHeader(fields, headerUpper)) {
      sink.error("duplicate-header", line, null, `the header is repeated as a record`);
      return false;
    }
    const errorsAtStart = sink.errorCount;
    const plans = this.plans;
    const row = this.row;
    for (let k = 0; k < plans.length; k += 1) {
      const plan = plans[k]!;
      row[k] = this.value(plan.position < 0 ? "" : fields[plan.position]!, plan, line);
    }
    if (this.seenRows !== null) {
      const first = this.seenRows.firstLineOf(fields, line, offset);
      if (first !== null) sink.error("duplicate-row", line, null, `the record repeats line ${first}`);
    }
    return sink.errorCount === errorsAtStart;
  }

  private value(raw: string, plan: ColumnPlan, line: number): Value {
    const spec = plan.spec;
    const name = spec.name;
    const sink = this.sink;
    if (raw === "") {
      if (spec.required && !spec.blankAllowed) sink.error("missing-value", line, name, `${name} is blank`);
      return null;
    }
    switch (plan.kind) {
      case "text":
        // Kept in the table's columns: a long value is not to be a view of the chunk.
        if (raw !== plan.last) plan.last = detached(raw);
        return plan.last;
      case "id": {
        if (raw === plan.last) return plan.last;
        let value = raw;
        if (mayBeFloatArtefact(raw)) {
          const read = readId(raw);
          value = read.value;
          if (read.repaired) {
            const message = () => (plan.personal ? `${name} values written as decimals (such as 12.0) were read as whole numbers` : `${name} ${quoted(raw)} was read as ${quoted(read.value)}`);
            sink.warning("id-float-artefact", line, name, message, true);
          }
        }
        const prefixes = (spec.type as Extract<ColumnSpec["type"], { kind: "id" }>).prefixes;
        if (prefixes && !prefixes.some((p) => value.toUpperCase().startsWith(p))) {
          return this.bad("invalid-value", spec, line, () => `${said(plan, raw)} does not start with ${prefixes.join(" or ")}`);
        }
        // Kept in the table's columns (a UPN is 13 characters): not a view of the chunk.
        value = plan.isChildId ? this.sharedId(value) : detached(value);
        if (value === raw) plan.last = value;
        return value;
      }
      case "code": {
        const codes = plan.codes!;
        // Codes are mostly written in upper case already: look the text up as it is first.
        let entry = codes.get(raw);
        let code = raw;
        if (entry === undefined) {
          code = raw.toUpperCase();
          entry = codes.get(code);
        }
        if (entry === undefined) {
          if (spec.required) sink.error("unknown-code", line, name, `${name} ${quoted(raw)} is not a known code`);
          else sink.warning("unknown-code", line, name, () => `${name} ${quoted(raw)} is not a known code; kept as given`);
          return spec.required ? null : code;
        }
        if (entry.check === "not-in-year") {
          const known = entry.code;
          const label = this.context.label;
          sink.warning("code-not-in-year", line, name, () => `${name} ${known} is not a code in ${label ?? "this year"}; read with its own meaning`);
        }
        return entry.code;
      }
      case "date": {
        const common = readCommonDate(raw);
        if (common !== null) return common;
        const read = readDate(raw, this.context.latestTwoDigitDay);
        if (read.kind === "date") {
          if (read.twoDigitYear) sink.warning("two-digit-year", line, name, () => (plan.personal ? `${name} has a two-digit year; read with the century before the as-at date` : `${name} ${raw} was read as ${ukFromDay(read.day)}`));
          return read.day;
        }
        if (read.kind === "serial") return this.bad("excel-serial-date", spec, line, () => (plan.personal ? `${name} looks like a spreadsheet serial number, not a date` : `${name} ${raw} looks like a spreadsheet serial number for ${read.standsFor}, not a date`));
        return this.bad("invalid-date", spec, line, () => `${said(plan, raw)} is not a date`);
      }
      case "flag": {
        if (raw === "1") return 1;
        if (raw === "0") return 0;
        const read = readFlag(raw);
        if (read.kind === "invalid") return this.bad("invalid-value", spec, line, () => `${name} ${quoted(raw)} is not 0 or 1`);
        // A lenient read is kept apart from invalid-value, which blanks or rejects: folding the two
        // under one warning hid the blanked values behind "TRUE was read as 1".
        if (read.lenient) sink.warning("lenient-value", line, name, () => `${name} ${raw} was read as ${read.value}`);
        return read.value;
      }
      case "integer": {
        const type = spec.type as Extract<ColumnSpec["type"], { kind: "integer" }>;
        const value = readInteger(raw, type.min, type.max);
        return value === null ? this.bad("invalid-value", spec, line, () => `${name} ${quoted(raw)} is not a whole number from ${type.min} to ${type.max}`) : value;
      }
      case "choice": {
        const type = spec.type as Extract<ColumnSpec["type"], { kind: "choice" }>;
        const choices = plan.choices!;
        const match = choices.get(raw) ?? choices.get(raw.toLowerCase());
        return match ?? this.bad(type.issue, spec, line, () => `${name} ${quoted(raw)} is not one of ${type.values.join(", ")}`);
      }
    }
  }

  /** The child id detached from the text, as the return's other files hold it when they are given. */
  private sharedId(id: string): string {
    const ids = this.context.childIds;
    return ids === undefined ? detached(id) : ids.of(id);
  }

  // A bad value rejects the record in an R column; elsewhere it is blanked with a warning.
  private bad(code: "invalid-date" | "excel-serial-date" | "invalid-value" | "unknown-code", spec: ColumnSpec, line: number, message: () => string): null {
    if (spec.required) this.sink.error(code, line, spec.name, message());
    else this.sink.warning(code, line, spec.name, message);
    return null;
  }
}

/** `NAME "value"` for a message, or the column's name alone for personal data (interface.md §4). */
function said(plan: ColumnPlan, raw: string): string {
  return plan.personal ? plan.spec.name : `${plan.spec.name} ${quoted(raw)}`;
}

/**
 * The (trimmed) fields spell the header again, in any case. Asked of every record: a field
 * longer than its column's name settles it without an upper-cased copy (upper-casing never
 * shortens a string).
 */
function repeatsHeader(fields: readonly string[], headerUpper: readonly string[]): boolean {
  for (let k = 0; k < fields.length; k += 1) {
    const field = fields[k]!;
    const name = headerUpper[k]!;
    if (field.length > name.length || field.toUpperCase() !== name) return false;
  }
  return true;
}
