import type { DataIssue, FileAccount } from "../../model/issue.js";
import { DATED_TABLES, type DatedRecord, DatedRowsBuilder, type RowCodec } from "../../model/childRows.js";
import { EpisodeRowsBuilder } from "../../model/episodeRows.js";
import { HeaderRowsBuilder } from "../../model/headerRows.js";
import type { TableRecords, TableRecord } from "../../model/records.js";
import type { TableName } from "../../model/tables.js";
import { type CsvRecord, CsvScanner, emptyCsvRecord, recordAt } from "../csv/scanCsv.js";
import { type ByteSource, UnreadableSource } from "../csv/byteSource.js";
import type { Encoding } from "../csv/decode.js";
import { MAX_WINDOW, NotUtf8, TextWindows, WindowTooLarge, nulAndLineBreaks, readDecoded, readableText } from "../csv/textWindows.js";
import { IssueSink } from "./issueSink.js";
import { type FileContext, quoted, RecordReader } from "./readRecord.js";
import { TABLE_SPECS, type RecordCheckContext, type Row, type TableSpec } from "./tableSpecs.js";
import { trimValue } from "./values.js";

export { type FileContext, quoted } from "./readRecord.js";

export interface TableRead<T extends TableName = TableName> {
  /** Records in line order; `readOrder` is 0 until the caller numbers them. */
  records: TableRecords[T];
  account: FileAccount;
  issues: DataIssue[];
  /** The file could be used (a usable header); false for empty, unreadable or unused files. */
  used: boolean;
}

type AnyRecord = TableRecord<TableName>;
type Build = (row: Row, file: string, line: number) => AnyRecord;

/**
 * Where a file's records go: a list, or for a dated table, the episodes and the header their
 * columns (each record is packed as it is made, so none outlives its row: these are most of a
 * return's rows).
 */
type RecordSink = { push(record: AnyRecord): void };

/** `lines`: the file's lines when counted, at least its records (else the columns grow as they fill). */
function recordSink(table: TableName, lines = 1024): RecordSink {
  if (table === "header") return new HeaderRowsBuilder(lines) as RecordSink;
  if (table === "episodes") return new EpisodeRowsBuilder(lines) as RecordSink;
  const codec = (DATED_TABLES as Partial<Record<TableName, RowCodec<DatedRecord>>>)[table];
  return codec === undefined ? ([] as AnyRecord[]) : (new DatedRowsBuilder(codec, lines) as RecordSink);
}

/** The table's records as `TableRecords` holds them. */
function recordsOf(sink: RecordSink): TableRecords[TableName] {
  return sink instanceof DatedRowsBuilder || sink instanceof HeaderRowsBuilder || sink instanceof EpisodeRowsBuilder ? sink.finish() : (sink as TableRecords[TableName]);
}

/** Reads one table file (data.md §2–§4). Never throws on bad data. */
export function readTable(content: FileContent, context: FileContext): TableRead {
  if (typeof content === "object" && "notRead" in content) return tooLarge(context, content.notRead);
  if (content.length > READ_LIMITS.bytes) return tooLarge(context, `is over ${READ_LIMITS.bytes / 1024 / 1024} MiB, the most the reader holds`);
  if (content.length === 0) return emptyFile(context);
  const maxLines = context.maxLines ?? READ_LIMITS.lines;
  try {
    const readable = readableText(content);
    if ("text" in readable) return readWholeText(readable.text, readable.encoding, context, maxLines);
    return readStreamed(readable.bytes, readable.from, context, maxLines);
  } catch (error) {
    if (!(error instanceof UnreadableSource)) throw error;
    const sink = new IssueSink(context.file, context.table);
    sink.error("unreadable-file", null, null, `${context.file} could not be read to the end (${error.message}); not used`);
    return notUsed(context, sink);
  }
}

/** Text in memory (a string, or UTF-16 decoded whole): checked whole, then read as one window. */
function readWholeText(text: string, encoding: Encoding, context: FileContext, maxLines: number): TableRead {
  const notes = text.indexOf("\u0000") < 0 ? encodingNotes(encoding, context) : noNotes;
  if (linesOver(text, maxLines)) return tooLarge(context, tooManyLines(maxLines), notes);
  if (text.indexOf("\u0000") >= 0) return hasNul(context);
  return readWindows(TextWindows.ofText(text), context, notes);
}

/**
 * UTF-8 or Windows-1252 bytes from `from`, decoded a chunk at a time (`readDecoded`), with the
 * result of decoding the whole file first. Lines are counted in the bytes before any record is
 * built (a line feed is one byte in both encodings), so a file past the limit ends at once.
 */
function readStreamed(bytes: ByteSource, from: number, context: FileContext, maxLines: number): TableRead {
  // A file with a NUL is never read (data.md §2); one with too many lines, not even for that.
  const { hasNul: nul, linesOver: tooMany, lineBreaks } = nulAndLineBreaks(bytes, from, maxLines);
  if (tooMany) return tooLarge(context, tooManyLines(maxLines), nul ? noNotes : encodingNotes(isUtf8(bytes, from) ? "utf-8" : "windows-1252", context));
  if (nul) return hasNul(context);
  try {
    // The lines counted bound the records: a table kept as columns is sized once for them.
    const lines = lineBreaks === null ? undefined : lineBreaks + 1;
    return readDecoded(bytes, { from, chunkBytes: context.chunkBytes }, (windows, encoding) => readWindows(windows, context, encodingNotes(encoding, context), lines));
  } catch (error) {
    if (error instanceof WindowTooLarge) return tooLarge(context, `has a record over ${MAX_WINDOW / 1024 / 1024} MiB, the most the reader holds`);
    throw error;
  }
}

/** The bytes from `from` are valid UTF-8 (checked a chunk at a time). */
function isUtf8(bytes: ByteSource, from: number): boolean {
  try {
    const windows = TextWindows.ofBytes(bytes, "utf-8", { from });
    while (!windows.final) windows.advance(windows.start + windows.text.length);
    return true;
  } catch (error) {
    if (error instanceof NotUtf8) return false;
    throw error;
  }
}

/** A note on how the file was decoded, when not as UTF-8 (the notes a file's issues start with). */
function encodingNotes(encoding: Encoding, context: FileContext): (sink: IssueSink) => void {
  return (sink) => {
    if (encoding === "utf-16le" || encoding === "utf-16be") {
      sink.note("utf16", null, null, `${context.file} was decoded from ${encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"}`);
    } else if (encoding === "windows-1252") {
      sink.note("not-utf8", null, null, `${context.file} is not valid UTF-8 and was decoded as Windows-1252`);
    }
  };
}

const noNotes = (): void => {};

const tooManyLines = (maxLines: number) => `has over ${maxLines.toLocaleString("en-GB")} lines, the most the reader holds in one file`;

/** `too-large` (data.md §7), after the file's encoding notes. */
function tooLarge(context: FileContext, why: string, notes: (sink: IssueSink) => void = noNotes): TableRead {
  const sink = new IssueSink(context.file, context.table);
  notes(sink);
  sink.error("too-large", null, null, `${context.file} ${why}; not read`);
  return notUsed(context, sink);
}

function hasNul(context: FileContext): TableRead {
  const sink = new IssueSink(context.file, context.table);
  sink.error("unreadable-file", null, null, `${context.file} contains NUL characters and cannot be read as text`);
  return notUsed(context, sink);
}

const emptyAccount = (context: FileContext): FileAccount => ({ file: context.file, rowsRead: 0, rowsUsed: 0, rowsRejected: 0 });

/** A file not used: no records, the issues in `sink`, and its rows as counted (none by default). */
function notUsed(context: FileContext, sink: IssueSink, account: FileAccount = emptyAccount(context)): TableRead {
  return { records: [], account, issues: sink.list(), used: false };
}

/** Reads the file's text: its header, then its records (data.md §2–§4). */
function readWindows(windows: TextWindows, context: FileContext, notes: (sink: IssueSink) => void, lines?: number): TableRead {
  const sink = new IssueSink(context.file, context.table);
  notes(sink);
  const account = emptyAccount(context);
  const scanner = new CsvScanner(windows);
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
    return notUsed(context, only);
  }
  const bodyPosition = windows.positionOf(scanner.offset);

  const columns = readHeader(header, context.table, sink);
  const spec: TableSpec = TABLE_SPECS[context.table];
  const fieldCount = header.fields.length;
  const headerUpper = header.fields.map((f) => trimValue(f).toUpperCase());
  const reread = (position: number, line: number) => recordAt(windows, position, line);
  const reader = columns === null ? null : new RecordReader(reread, spec, columns, headerUpper, context, sink, lines);

  const body: Body = { windows, scanner, bodyPosition, fieldCount, reader, spec, context, sink, account, blankLines, lastRecordLine: header.line };
  const records = recordSink(context.table, lines);
  const unusableFile = readRecords(body, records);
  if (unusableFile !== null) return unusableFile;

  const inner = blankLines.filter((line) => line < body.lastRecordLine);
  if (inner.length > 0) {
    const n = inner.length;
    sink.note("blank-line", inner[0]!, null, `${n} blank ${n === 1 ? "line" : "lines"} between records ${n === 1 ? "was" : "were"} skipped`);
  }
  if (columns === null) return notUsed(context, sink, account);
  return { records: recordsOf(records), account, issues: sink.list(), used: true };
}


/** A file past its header, as `readRecords` reads it. */
interface Body {
  windows: TextWindows;
  scanner: CsvScanner;
  /** Where the records start in the source (`TextWindows.positionOf`). */
  bodyPosition: number;
  fieldCount: number;
  /** null when the header is not usable: records are then only counted, as rejected. */
  reader: RecordReader | null;
  spec: TableSpec;
  context: FileContext;
  sink: IssueSink;
  account: FileAccount;
  blankLines: number[];
  /** Line of the last record (or the header); updated by `readRecords`. */
  lastRecordLine: number;
}

/**
 * The records of a file's body, into `records`, with its rows counted in `account`; or, when an
 * open quote makes the file unusable, the whole answer for the file (else null). Its own function so that the hot
 * loop is optimised once and reused for every file.
 */
function readRecords(body: Body, records: RecordSink): TableRead | null {
  const { windows, scanner, bodyPosition, fieldCount, reader, spec, context, sink, account, blankLines } = body;
  const build = spec.build as Build;
  let lastRecordLine = body.lastRecordLine;
  const checks = new RecordChecks(sink);
  const r = emptyCsvRecord();

  for (;;) {
    const offset = scanner.offset;
    if (!scanner.nextInto(r)) break;
    const position = windows.positionOf(offset);
    sink.child = null;
    if (r.blank) {
      blankLines.push(r.line);
      continue;
    }
    if (r.quoteLine !== null && (r.unterminated || r.strayAfterQuote || r.fields.length !== fieldCount)) {
      // A quote ran past the end of a line and the record came out wrong (data.md §2).
      const nextLine = r.quoteLine + 1;
      const hasNextLine = r.resumeAt >= 0 && scanner.hasTextAt(r.resumeAt);
      if (!hasNextLine || scanner.fieldCountOfLine(r.resumeAt) === fieldCount) {
        account.rowsRead += 1;
        account.rowsRejected += 1;
        lastRecordLine = r.line;
        sink.error("unterminated-quote", r.line, null, `a quote opened on line ${r.quoteLine} is not closed on that line; record rejected`);
        if (hasNextLine) scanner.seek(r.resumeAt, nextLine);
        continue;
      }
      if (r.unterminated) {
        const rows = nonBlankLines(windows.reopenAt(bodyPosition));
        const only = new IssueSink(context.file, context.table);
        only.error("unterminated-quote", null, null, `a quote opened on line ${r.quoteLine} is never closed; ${context.file} is not used`);
        return notUsed(context, only, { file: context.file, rowsRead: rows, rowsUsed: 0, rowsRejected: rows });
      }
    }
    account.rowsRead += 1;
    lastRecordLine = r.line;
    if (reader === null) {
      account.rowsRejected += 1;
      continue;
    }
    if (r.unterminated) {
      // The quote opened on the last line: nothing after it can be lost.
      account.rowsRejected += 1;
      sink.error("unterminated-quote", r.line, null, `a quote opened on line ${r.line} is never closed; record rejected`);
      continue;
    }
    const errorsBefore = sink.errorCount;
    if (reader.read(r, position) && spec.check) {
      checks.line = r.line;
      spec.check(reader.row, checks);
    }
    if (sink.errorCount > errorsBefore) {
      account.rowsRejected += 1;
      continue;
    }
    account.rowsUsed += 1;
    records.push(build(reader.row, context.file, r.line));
  }
  body.lastRecordLine = lastRecordLine;
  return null;
}

/** The table's own record checks report through the sink at the current record's line. */
class RecordChecks implements RecordCheckContext {
  line = 0;
  constructor(private readonly sink: IssueSink) {}
  error(code: "end-before-start" | "missing-value", column: string | null, message: string): void {
    this.sink.error(code, this.line, column, message);
  }
  warning(code: "reason-on-open-episode" | "missing-reason" | "code-not-in-year", column: string | null, message: string | (() => string)): void {
    this.sink.warning(code, this.line, column, message);
  }
}

/**
 * What one file may hold (data.md §7 `too-large`): beyond these a file is reported and not read,
 * so that no input can exhaust memory. Far above any council's return (the largest holds tens of
 * thousands of rows a table); the limit, not a crash, is what a larger file meets. `lines` is the
 * default of a reader told nothing else (`maxLinesPerFile`); the Node entry sets it from the
 * memory its process may use (`linesThisProcessHolds`, src/node.ts). `bytes` bounds the bytes
 * held while a file is read (its text is decoded a chunk at a time, never held whole); 1 GiB
 * takes a 10-million-row episodes.csv (about 700 MB), and keeps a row's position in 31 bits.
 */
export const READ_LIMITS = { bytes: 1024 * 1024 * 1024, lines: 500_000 } as const;

/** Why a file of `size` bytes is not opened at all (reported as too-large), or null. */
export function tooLargeToRead(size: number): string | null {
  return size > READ_LIMITS.bytes ? `is ${Math.ceil(size / 1024 / 1024)} MiB, over the ${READ_LIMITS.bytes / 1024 / 1024} MiB the reader holds` : null;
}

/**
 * A file's content: its text, its bytes, its bytes read by range as needed (`ByteSource`: the
 * Node entry's files, read from disk), or why it was not read at all (a special file, or too
 * large to open).
 */
export type FileContent = string | Uint8Array | ByteSource | { notRead: string };

/** More than `limit` line breaks (LF, CRLF, and a CR alone, as the scanner reads them): counted without splitting the text. */
export function linesOver(text: string, limit: number): boolean {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) if (++lines > limit) return true;
  // A CR is a break of its own unless a line feed follows it (a CRLF, counted above).
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1)) if (text.charCodeAt(at + 1) !== 10 && ++lines > limit) return true;
  return false;
}

function emptyFile(context: FileContext): TableRead {
  const sink = new IssueSink(context.file, context.table);
  sink.error("empty-file", null, null, `${context.file} is empty (0 bytes)`);
  return notUsed(context, sink);
}

/** Column name → field index, or null when the file cannot be used (missing or duplicate column). */
function readHeader(header: CsvRecord, table: TableName, sink: IssueSink): Map<string, number> | null {
  const spec = TABLE_SPECS[table];
  const known = new Set(spec.columns.map((c) => c.name));
  const index = new Map<string, number>();
  const reported = new Set<string>();
  let usable = true;
  const unnamed: number[] = [];
  header.fields.forEach((raw, position) => {
    const name = trimValue(raw).toUpperCase();
    if (name === "") {
      unnamed.push(position + 1);
      return;
    }
    if (index.has(name)) {
      // A 903 column as the 903 spells it; any other as the file first spelled it.
      const first = known.has(name) ? name : quoted(trimValue(header.fields[index.get(name)!] ?? raw));
      if (!reported.has(name)) sink.error("duplicate-column", header.line, first, `column ${first} appears more than once; the file is not used`);
      reported.add(name);
      usable = false;
      return;
    }
    index.set(name, position);
    if (!known.has(name)) sink.note("extra-column", header.line, quoted(trimValue(raw)), `column ${quoted(trimValue(raw))} is not part of ${table}.csv and is ignored`);
  });
  if (unnamed.length > 0) {
    // One warning for all unnamed columns (a trailing comma in the header is common); no indicator reads them.
    const n = unnamed.length;
    const which = n === 1 ? `an unnamed column (column ${unnamed[0]}) is` : `${n} unnamed columns (columns ${unnamed.join(", ")}) are`;
    sink.note("extra-column", header.line, null, `${which} ignored`, []);
  }
  for (const column of spec.columns) {
    if (column.required && !index.has(column.name)) {
      sink.error("missing-column", header.line, column.name, `required column ${column.name} is missing; the file is not used`);
      usable = false;
    }
  }
  return usable ? index : null;
}

/** Non-blank physical lines of `windows`' text (the body of a file not used, data.md §2). */
function nonBlankLines(windows: TextWindows): number {
  let count = 0;
  let blank = true;
  let any = false;
  for (;;) {
    const text = windows.text;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        // CR LF split between two windows is a line and an empty one: the same count.
        if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
        if (!blank) count += 1;
        blank = true;
        any = false;
        continue;
      }
      any = true;
      if (c !== 32 && c !== 9 && c !== 44) blank = false;
    }
    if (windows.final) break;
    windows.advance(windows.start + text.length);
  }
  if (any && !blank) count += 1;
  return count;
}
