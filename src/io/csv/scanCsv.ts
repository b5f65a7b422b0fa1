/**
 * An RFC 4180 scanner over a decoded string (data.md §2), hand-written for speed: one pass with
 * `charCodeAt`, unquoted fields taken with `slice`. It reports the physical line on which each
 * record starts (CR, LF and CRLF each end one line) and never throws: an over-long field or a
 * quote still open at the end of the text is flagged on the record, and the caller decides.
 *
 * Lenient on stray quotes: a quote inside an unquoted field is data, and text after a closing
 * quote is appended to the field (as spreadsheets do).
 */

import type { TextWindows } from "./textWindows.js";

/** Longest field accepted (data.md §2 `field-too-large`). */
export const MAX_FIELD_LENGTH = 1_048_576;

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

export interface CsvRecord {
  /** Physical line (1-based) on which the record starts. */
  line: number;
  /** Fields as written, unquoted; an over-long field is replaced by "". */
  fields: string[];
  /** A single line holding only spaces, tabs and commas: not a record (data.md §2). */
  blank: boolean;
  /** Some field was longer than the limit. */
  tooLarge: boolean;
  /** Index of the first over-long field, or -1. */
  tooLargeField: number;
  /** Text followed a closing quote (`"ab"c`): kept as data, but a sign of a broken quote. */
  strayAfterQuote: boolean;
  /**
   * Line on which the first quoted field that ran past a line break opened, or null. Such a
   * record is legitimate when it ends well; otherwise the caller may retry from `resumeAt`.
   */
  quoteLine: number | null;
  /** Offset of the line after `quoteLine` (where reading may resume), or -1. */
  resumeAt: number;
  /** The text ended inside a quoted field. */
  unterminated: boolean;
}

export class CsvScanner {
  /** The text scanned: the whole text, or the current window of `windows`. */
  private text: string;
  /** Offset of `text` in the whole text. */
  private base = 0;
  /** Where the next record starts, in `text`. */
  private position = 0;
  private lineNumber = 1;
  private readonly windows: TextWindows | null;

  /**
   * Over `source`: a text, or `TextWindows` (a file decoded a chunk at a time). A record that
   * runs to the end of a window that is not the last is scanned again once the window has moved
   * on, so it reads exactly as in the whole text: the scanner looks at most one character past a
   * record's end, and reaches the window's end whenever it does so there. Offsets are in the
   * whole text.
   */
  constructor(
    source: string | TextWindows,
    private readonly maxFieldLength = MAX_FIELD_LENGTH,
  ) {
    this.windows = typeof source === "string" ? null : source;
    this.text = typeof source === "string" ? source : source.text;
  }

  get offset(): number {
    return this.base + this.position;
  }

  get line(): number {
    return this.lineNumber;
  }

  /** Continue reading at `offset`, which starts physical line `line` (with windows: at or after the start of the last record read). */
  seek(offset: number, line: number): void {
    this.position = offset - this.base;
    this.lineNumber = line;
  }

  /** The next record, or null at the end of the text. */
  next(): CsvRecord | null {
    const record = emptyCsvRecord();
    return this.nextInto(record) ? record : null;
  }

  /**
   * Reads the next record into `record`, reusing it and its `fields` array (a million-row file
   * then allocates only its field strings); false at the end of the text.
   */
  nextInto(record: CsvRecord): boolean {
    const windows = this.windows;
    if (windows === null) return this.scanInto(record);
    for (;;) {
      const start = this.offset;
      const line = this.lineNumber;
      const found = this.scanInto(record);
      if (windows.final || this.position < this.text.length) {
        if (record.resumeAt >= 0) record.resumeAt += this.base;
        return found;
      }
      windows.advance(start);
      this.text = windows.text;
      this.base = windows.start;
      this.seek(start, line);
    }
  }

  /** There is text at `offset` (at or after the start of the last record read). */
  hasTextAt(offset: number): boolean {
    return offset - this.base < this.text.length || (this.windows !== null && !this.windows.final);
  }

  /** `nextInto` within `text`, offsets in `text`. */
  private scanInto(record: CsvRecord): boolean {
    const text = this.text;
    const length = text.length;
    let i = this.position;
    if (i >= length) return false;
    const startLine = this.lineNumber;
    let line = startLine;
    const fields = record.fields;
    let count = 0;
    let tooLarge = false;
    let tooLargeField = -1;
    let strayAfterQuote = false;
    let quoteLine: number | null = null;
    let resumeAt = -1;
    let unterminated = false;
    let anyQuoted = false;

    for (;;) {
      // One field per iteration; `i` is at its first character.
      if (i < length && text.charCodeAt(i) === QUOTE) {
        anyQuoted = true;
        const openLine = line;
        let value = "";
        let chunkStart = i + 1;
        let size = 0;
        i += 1;
        let closed = false;
        while (i < length) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (i + 1 < length && text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(chunkStart, i + 1);
              size += i + 1 - chunkStart;
              i += 2;
              chunkStart = i;
              continue;
            }
            closed = true;
            break;
          }
          if (c === LF || c === CR) {
            if (c === CR && i + 1 < length && text.charCodeAt(i + 1) === LF) i += 1;
            if (quoteLine === null) {
              quoteLine = openLine;
              resumeAt = i + 1;
            }
            line += 1;
          }
          i += 1;
        }
        size += i - chunkStart;
        let fieldTooLarge = size > this.maxFieldLength;
        if (!fieldTooLarge) value += text.slice(chunkStart, i);
        if (closed) {
          i += 1; // the closing quote
          // Lenient: characters after the closing quote, up to the separator, are data.
          const tailStart = i;
          while (i < length) {
            const c = text.charCodeAt(i);
            if (c === COMMA || c === LF || c === CR) break;
            i += 1;
          }
          if (i > tailStart) {
            strayAfterQuote = true;
            if (size + i - tailStart > this.maxFieldLength) fieldTooLarge = true;
            else if (!fieldTooLarge) value += text.slice(tailStart, i);
          }
        } else unterminated = true;
        if (fieldTooLarge) {
          tooLarge = true;
          if (tooLargeField < 0) tooLargeField = count;
          value = "";
        }
        fields[count++] = value;
        if (!closed) break;
      } else {
        const start = i;
        while (i < length) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          i += 1;
        }
        if (i - start > this.maxFieldLength) {
          tooLarge = true;
          if (tooLargeField < 0) tooLargeField = count;
          fields[count++] = "";
        } else fields[count++] = text.slice(start, i);
      }
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i += 1;
        continue;
      }
      // End of line ends the record.
      i += c === CR && i + 1 < length && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      break;
    }

    if (unterminated) i = length;
    this.position = i;
    this.lineNumber = line;
    // Shrinking only (never to 0, which would drop the array's storage).
    if (fields.length > count) fields.length = count;
    record.line = startLine;
    // An over-long field is blanked to save memory, but its line was not blank: a record to count.
    record.blank = !anyQuoted && !tooLarge && line - startLine <= 1 && isBlankFields(fields);
    record.tooLarge = tooLarge;
    record.tooLargeField = tooLargeField;
    record.strayAfterQuote = strayAfterQuote;
    record.quoteLine = quoteLine;
    record.resumeAt = resumeAt;
    record.unterminated = unterminated;
    return true;
  }

  /**
   * Reads the line starting at `offset` on its own: its field count, or -1 when a quote is
   * still open at its end (data.md §2 recovery test). Does not move the scanner.
   */
  fieldCountOfLine(offset: number): number {
    const saved = [this.offset, this.lineNumber] as const;
    this.seek(offset, 1);
    const record = this.next();
    this.seek(saved[0], saved[1]);
    if (record === null || record.quoteLine !== null || record.unterminated || record.blank) return -1;
    return record.fields.length;
  }
}

/** The record starting at `position` in `windows`' source, read again (`line`: its first line). */
export function recordAt(windows: TextWindows, position: number, line: number): CsvRecord | null {
  const scanner = new CsvScanner(windows.reopenAt(position));
  scanner.seek(0, line);
  return scanner.next();
}

/** A record to pass to `CsvScanner.nextInto`. */
export function emptyCsvRecord(): CsvRecord {
  return { line: 0, fields: [], blank: false, tooLarge: false, tooLargeField: -1, strayAfterQuote: false, quoteLine: null, resumeAt: -1, unterminated: false };
}

function isBlankFields(fields: string[]): boolean {
  for (const field of fields) {
    for (let k = 0; k < field.length; k += 1) {
      const c = field.charCodeAt(k);
      if (c !== SPACE && c !== TAB) return false;
    }
  }
  return true;
}

/** Every record of `text`, for tests and small inputs. */
export function scanCsv(text: string, maxFieldLength = MAX_FIELD_LENGTH): CsvRecord[] {
  const scanner = new CsvScanner(text, maxFieldLength);
  const records: CsvRecord[] = [];
  for (let r = scanner.next(); r !== null; r = scanner.next()) records.push(r);
  return records;
}
