import { type Day, ukFromDay } from "../../dates/day.js";
import type { DataIssue, FileAccount } from "../../model/issue.js";
import type { TableRecords } from "../../model/records.js";
import type { TableName } from "../../model/tables.js";
import { type CsvRecord, CsvScanner } from "../csv/scanCsv.js";
import { decodeBytes } from "../csv/decode.js";
import { checkCode } from "./codeLists.js";
import { IssueSink } from "./issueSink.js";
import { TABLE_SPECS, type ColumnSpec, type RecordCheckContext, type Value, type Values } from "./tableSpecs.js";
import { readDate, readFlag, readId, readInteger, trimValue } from "./values.js";

/** What the reader knows about a file before opening it. */
export interface FileContext {
  file: string;
  table: TableName;
  /** Collection year label (`2021-22`) and end year; null for a single return. */
  label: string | null;
  endYear: number | null;
  /** A DD/MM/YY date after this day is read as 19YY (data.md §3); null: always 20YY. */
  latestTwoDigitDay: Day | null;
}

export interface TableRead<T extends TableName = TableName> {
  /** Records in line order; `readOrder` is 0 until the caller numbers them. */
  records: TableRecords[T];
  account: FileAccount;
  issues: DataIssue[];
  /** The file could be used (a usable header); false for empty, unreadable or unused files. */
  used: boolean;
}

const MAX_QUOTED = 40;

/** A value as messages quote it, shortened when huge. */
export function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
}

/** Reads one table file (data.md §2–§4). Never throws on bad data. */
export function readTable(content: string | Uint8Array, context: FileContext): TableRead {
  const sink = new IssueSink(context.file, context.table);
  const account: FileAccount = { file: context.file, rowsRead: 0, rowsUsed: 0, rowsRejected: 0 };
  const unusable = (): TableRead => ({ records: [], account, issues: sink.list(), used: false });

  let text: string;
  if (typeof content === "string") {
    if (content.length === 0) return emptyFile(context, account);
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } else {
    if (content.length === 0) return emptyFile(context, account);
    const decoded = decodeBytes(content);
    text = decoded.text;
    if (text.indexOf("\u0000") < 0) {
      if (decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be") {
        sink.note("utf16", null, null, `${context.file} was decoded from ${decoded.encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"}`);
      } else if (decoded.encoding === "windows-1252") {
        sink.note("not-utf8", null, null, `${context.file} is not valid UTF-8 and was decoded as Windows-1252`);
      }
    }
  }
  if (text.indexOf("\u0000") >= 0) {
    const only = new IssueSink(context.file, context.table);
    only.error("unreadable-file", null, null, `${context.file} contains NUL characters and cannot be read as text`);
    return { records: [], account, issues: only.list(), used: false };
  }

  const scanner = new CsvScanner(text);
  const blankLines: number[] = [];
  let header: CsvRecord | null = null;
  for (let r = scanner.next(); r !== null; r = scanner.next()) {
    if (r.blank) blankLines.push(r.line);
    else {
      header = r;
      break;
    }
  }
  if (header === null || header.unterminated || header.tooLarge) {
    const only = new IssueSink(context.file, context.table);
    only.error("unreadable-file", null, null, `${context.file} has no header line`);
    return { records: [], account, issues: only.list(), used: false };
  }
  const headerEnd = scanner.offset;

  const columns = readHeader(header, context.table, sink);
  const spec = TABLE_SPECS[context.table];
  const fieldCount = header.fields.length;
  const headerUpper = header.fields.map((f) => trimValue(f).toUpperCase());

  const records: TableRecords[TableName][number][] = [];
  const seenRows = context.table === "episodes" ? new SeenRows(text) : null;
  let lastRecordLine = header.line;
  const checks = new RecordChecks(sink);

  for (;;) {
    const offset = scanner.offset;
    const r = scanner.next();
    if (r === null) break;
    if (r.blank) {
      blankLines.push(r.line);
      continue;
    }
    if (r.quoteLine !== null && (r.unterminated || r.strayAfterQuote || r.fields.length !== fieldCount)) {
      // A quote ran past the end of a line and the record came out wrong (data.md §2).
      const nextLine = r.quoteLine + 1;
      const hasNextLine = r.resumeAt >= 0 && r.resumeAt < text.length;
      if (!hasNextLine || scanner.fieldCountOfLine(r.resumeAt) === fieldCount) {
        account.rowsRead += 1;
        account.rowsRejected += 1;
        lastRecordLine = r.line;
        sink.error("unterminated-quote", r.line, null, `a quote opened on line ${r.quoteLine} is not closed on that line; record rejected`);
        if (hasNextLine) scanner.seek(r.resumeAt, nextLine);
        continue;
      }
      if (r.unterminated) {
        const rows = nonBlankLines(text, headerEnd);
        const only = new IssueSink(context.file, context.table);
        only.error("unterminated-quote", null, null, `a quote opened on line ${r.quoteLine} is never closed; ${context.file} is not used`);
        return { records: [], account: { file: context.file, rowsRead: rows, rowsUsed: 0, rowsRejected: rows }, issues: only.list(), used: false };
      }
    }
    account.rowsRead += 1;
    lastRecordLine = r.line;
    if (columns === null) {
      account.rowsRejected += 1;
      continue;
    }
    if (r.unterminated) {
      // The quote opened on the last line: nothing after it can be lost.
      account.rowsRejected += 1;
      sink.error("unterminated-quote", r.line, null, `a quote opened on line ${r.line} is never closed; record rejected`);
      continue;
    }
    const built = readRecord(r, columns, headerUpper, fieldCount, spec.columns, context, sink, seenRows, offset);
    if (built === null) account.rowsRejected += 1;
    else {
      const errorsBefore = sink.errorCount;
      checks.line = r.line;
      const values = spec.check ? spec.check(built, checks) : built;
      if (sink.errorCount > errorsBefore) {
        account.rowsRejected += 1;
        continue;
      }
      account.rowsUsed += 1;
      const base = { childId: values.CHILD as string, source: { file: context.file, line: r.line }, readOrder: 0 };
      records.push((spec.build as (v: Values, b: typeof base) => TableRecords[TableName][number])(values, base));
    }
  }

  const inner = blankLines.filter((line) => line < lastRecordLine);
  if (inner.length > 0) {
    const n = inner.length;
    sink.note("blank-line", inner[0]!, null, `${n} blank ${n === 1 ? "line" : "lines"} between records ${n === 1 ? "was" : "were"} skipped`);
  }
  if (columns === null) return unusable();
  return { records: records as TableRecords[TableName], account, issues: sink.list(), used: true };
}

/** The table's own record checks report through the sink at the current record's line. */
class RecordChecks implements RecordCheckContext {
  line = 0;
  constructor(private readonly sink: IssueSink) {}
  error(code: "end-before-start" | "missing-value", column: string | null, message: string): void {
    this.sink.error(code, this.line, column, message);
  }
  warning(code: "reason-on-open-episode" | "missing-reason" | "code-not-in-year", column: string | null, message: string): void {
    this.sink.warning(code, this.line, column, message);
  }
}

function emptyFile(context: FileContext, account: FileAccount): TableRead {
  const sink = new IssueSink(context.file, context.table);
  sink.error("empty-file", null, null, `${context.file} is empty (0 bytes)`);
  return { records: [], account, issues: sink.list(), used: false };
}

/** Column name → field index, or null when the file cannot be used (missing or duplicate column). */
function readHeader(header: CsvRecord, table: TableName, sink: IssueSink): Map<string, number> | null {
  const spec = TABLE_SPECS[table];
  const known = new Set(spec.columns.map((c) => c.name));
  const index = new Map<string, number>();
  let usable = true;
  header.fields.forEach((raw, position) => {
    const name = trimValue(raw).toUpperCase();
    if (name === "") {
      sink.note("extra-column", header.line, null, `an unnamed column (column ${position + 1}) is ignored`);
      return;
    }
    if (index.has(name)) {
      if (index.get(name) !== -1) sink.error("duplicate-column", header.line, name, `column ${quoted(name)} appears more than once; the file is not used`);
      index.set(name, -1);
      usable = false;
      return;
    }
    index.set(name, position);
    if (!known.has(name)) sink.note("extra-column", header.line, quoted(trimValue(raw)), `column ${quoted(trimValue(raw))} is not part of ${table}.csv and is ignored`);
  });
  for (const column of spec.columns) {
    if (column.required && !index.has(column.name)) {
      sink.error("missing-column", header.line, column.name, `required column ${column.name} is missing; the file is not used`);
      usable = false;
    }
  }
  return usable ? index : null;
}

/** Checks one record's fields; null when rejected (its errors are in the sink). */
function readRecord(
  r: CsvRecord,
  columns: Map<string, number>,
  headerUpper: string[],
  fieldCount: number,
  specs: readonly ColumnSpec[],
  context: FileContext,
  sink: IssueSink,
  seenRows: SeenRows | null,
  offset: number,
): Values | null {
  const line = r.line;
  if (r.tooLarge) {
    const column = headerUpper[r.tooLargeField] ?? null;
    sink.error("field-too-large", line, column, `a field${column ? ` in ${column}` : ""} is over 1,048,576 characters; record rejected`);
    return null;
  }
  if (r.fields.length !== fieldCount) {
    sink.error("field-count", line, null, `the record has ${r.fields.length} fields but the header has ${fieldCount}`);
    return null;
  }
  const trimmed = r.fields; // trimmed in place: the scanner's array is ours
  for (let k = 0; k < trimmed.length; k += 1) trimmed[k] = trimValue(trimmed[k]!);
  if (trimmed.every((field, k) => field.toUpperCase() === headerUpper[k])) {
    sink.error("duplicate-header", line, null, `the header is repeated as a record`);
    return null;
  }
  const errorsAtStart = sink.errorCount;
  const values: Record<string, Value> = {};
  for (const spec of specs) {
    const position = columns.get(spec.name);
    const raw = position === undefined ? "" : trimmed[position]!;
    values[spec.name] = readValue(raw, spec, context, sink, line);
  }
  if (seenRows !== null) {
    const first = seenRows.firstLineOf(trimmed, line, offset);
    if (first !== null) sink.error("duplicate-row", line, null, `the record repeats line ${first}`);
  }
  return sink.errorCount > errorsAtStart ? null : values;
}

// A bad value rejects the record in an R column; elsewhere it is blanked with a warning.
function bad(
  code: "invalid-date" | "excel-serial-date" | "invalid-value" | "unknown-code",
  spec: ColumnSpec,
  sink: IssueSink,
  line: number,
  message: string,
): null {
  if (spec.required) sink.error(code, line, spec.name, message);
  else sink.warning(code, line, spec.name, message);
  return null;
}

function readValue(raw: string, spec: ColumnSpec, context: FileContext, sink: IssueSink, line: number): Value {
  const name = spec.name;
  if (raw === "") {
    if (spec.required && !spec.blankAllowed) sink.error("missing-value", line, name, `${name} is blank`);
    return null;
  }
  const type = spec.type;
  switch (type.kind) {
    case "text":
      return raw;
    case "id": {
      const { value, repaired } = readId(raw);
      if (repaired) sink.warning("id-float-artefact", line, name, `${name} ${quoted(raw)} was read as ${quoted(value)}`);
      if (type.prefixes && !type.prefixes.some((p) => value.toUpperCase().startsWith(p))) {
        return bad("invalid-value", spec, sink, line, `${name} ${quoted(raw)} does not start with ${type.prefixes.join(" or ")}`);
      }
      return value;
    }
    case "code": {
      const code = raw.toUpperCase();
      const check = checkCode(type.list, code, context.endYear);
      if (check === "unknown") {
        if (spec.required) sink.error("unknown-code", line, name, `${name} ${quoted(raw)} is not a known code`);
        else sink.warning("unknown-code", line, name, `${name} ${quoted(raw)} is not a known code; kept as given`);
        return spec.required ? null : code;
      }
      if (check === "not-in-year") {
        sink.warning("code-not-in-year", line, name, `${name} ${code} is not a code in ${context.label ?? "this year"}; read with its own meaning`);
      }
      return code;
    }
    case "date": {
      const read = readDate(raw, context.latestTwoDigitDay);
      if (read.kind === "date") {
        if (read.twoDigitYear) sink.warning("two-digit-year", line, name, `${name} ${raw} was read as ${ukFromDay(read.day)}`);
        return read.day;
      }
      if (read.kind === "serial") return bad("excel-serial-date", spec, sink, line, `${name} ${raw} looks like a spreadsheet serial number for ${read.standsFor}, not a date`);
      return bad("invalid-date", spec, sink, line, `${name} ${quoted(raw)} is not a date`);
    }
    case "flag": {
      const read = readFlag(raw);
      if (read.kind === "invalid") return bad("invalid-value", spec, sink, line, `${name} ${quoted(raw)} is not 0 or 1`);
      if (read.lenient) sink.warning("invalid-value", line, name, `${name} ${raw} was read as ${read.value}`);
      return read.value;
    }
    case "integer": {
      const value = readInteger(raw, type.min, type.max);
      return value === null ? bad("invalid-value", spec, sink, line, `${name} ${quoted(raw)} is not a whole number from ${type.min} to ${type.max}`) : value;
    }
    case "choice": {
      const lower = raw.toLowerCase();
      const match = type.values.find((v) => v.toLowerCase() === lower);
      return match ?? bad(type.issue, spec, sink, line, `${name} ${quoted(raw)} is not one of ${type.values.join(", ")}`);
    }
  }
}

/**
 * Records seen so far, for `duplicate-row`. Keyed by a 53-bit hash of the trimmed fields, with
 * only the record's offset kept (cheap on a million rows); a hash hit is confirmed by reading
 * the earlier record again.
 */
class SeenRows {
  private readonly byHash = new Map<number, number>();
  private readonly offsets: number[] = [];
  private readonly lines: number[] = [];

  constructor(private readonly text: string) {}

  /** The line of an earlier identical record, or null (and remembers this one). */
  firstLineOf(fields: string[], line: number, offset: number): number | null {
    const hash = hashFields(fields);
    const index = this.byHash.get(hash);
    if (index === undefined) {
      this.byHash.set(hash, this.offsets.length);
      this.offsets.push(offset);
      this.lines.push(line);
      return null;
    }
    const scanner = new CsvScanner(this.text);
    scanner.seek(this.offsets[index]!, this.lines[index]!);
    const earlier = scanner.next();
    return earlier !== null && sameFields(earlier.fields.map(trimValue), fields) ? this.lines[index]! : null;
  }
}

function hashFields(fields: string[]): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const field of fields) {
    for (let k = 0; k < field.length; k += 1) {
      const c = field.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193); // field separator
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

function sameFields(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return false;
  return true;
}

/** Non-blank physical lines from `offset` to the end (for a file not used, data.md §2). */
function nonBlankLines(text: string, offset: number): number {
  let count = 0;
  let blank = true;
  let any = false;
  for (let i = offset; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      if (!blank) count += 1;
      blank = true;
      any = false;
      continue;
    }
    any = true;
    if (c !== 32 && c !== 9 && c !== 44) blank = false;
  }
  if (any && !blank) count += 1;
  return count;
}
