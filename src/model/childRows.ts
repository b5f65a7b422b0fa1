import type { Day } from "../dates/day.js";
import type { HealthAssessmentRecord, VisitRecord } from "./records.js";

/**
 * A dated table's rows as the cohort keeps them: columns, child by child in cohort order, not an
 * object per row. Visits are over two fifths of a national return's rows: as objects (about 100
 * bytes each, with a list per child) they were a third of a loaded cohort's memory; here a row
 * is 15 bytes (16 with a second day). A row's record is made again only when asked for (`of`).
 *
 * @example
 * ```ts
 * const { visits } = cohort; // the child at cohort position 3:
 * for (let row = visits.first[3]!; row < visits.first[4]!; row += 1) visits.date[row]; // its visit days, ascending
 * visits.of(3, cohort.children[3]!.childId); // the same as VisitRecord objects
 * ```
 */
export class ChildRows<R extends DatedRecord> {
  /** The rows of the child at cohort position i are `first[i]` … `first[i + 1] − 1`, by date then read order. */
  readonly first: Int32Array;
  readonly date: Int32Array;
  /** The record's other fields packed by its table's `RowCodec`. */
  readonly code: Uint8Array;
  /** The second day of a table that has one (`RowCodec.secondDay`); NO_DAY for blank. */
  readonly secondDay: Int32Array | null;
  readonly line: Int32Array;
  readonly readOrder: Int32Array;
  private readonly fileOf: Uint16Array;

  /** Use `ChildRowsBuilder`, or `ChildRows.empty`. */
  constructor(
    private readonly codec: RowCodec<R>,
    columns: { first: Int32Array; date: Int32Array; code: Uint8Array; secondDay: Int32Array | null; line: Int32Array; readOrder: Int32Array; fileOf: Uint16Array },
    private readonly files: readonly string[],
  ) {
    this.first = columns.first;
    this.date = columns.date;
    this.code = columns.code;
    this.secondDay = columns.secondDay;
    this.line = columns.line;
    this.readOrder = columns.readOrder;
    this.fileOf = columns.fileOf;
  }

  /** No rows for any of `children` children (a hand-built cohort without the table). */
  static empty<R extends DatedRecord>(codec: RowCodec<R>, children: number): ChildRows<R> {
    return new ChildRowsBuilder(codec, children, 0).finish();
  }

  /** The rows of the child at `position` as records (made now, not kept), ascending by date then read order. */
  of(position: number, childId: string): R[] {
    const records: R[] = [];
    for (let row = this.first[position]!; row < this.first[position + 1]!; row += 1) {
      const second = this.secondDay === null || this.secondDay[row] === NO_DAY ? null : this.secondDay[row]!;
      records.push(this.codec.unpack({ childId, file: this.files[this.fileOf[row]!]!, line: this.line[row]!, readOrder: this.readOrder[row]!, date: this.date[row]! as Day }, this.code[row]!, second as Day | null));
    }
    return records;
  }
}

/** What every dated record carries besides its own fields. */
export interface DatedRecord {
  childId: string;
  file: string;
  line: number;
  readOrder: number;
  date: Day;
}

/** How one table's own fields pack into a byte (and a second day) and back. */
export interface RowCodec<R extends DatedRecord> {
  pack(record: R): number;
  /** The table's second day column, if it has one. */
  secondDay: ((record: R) => Day | null) | null;
  unpack(common: DatedRecord, code: number, secondDay: Day | null): R;
}

/** A blank second day: below any day a date column can hold. */
export const NO_DAY = -0x80000000;

/**
 * Fills a `ChildRows` child by child in cohort order. `capacity` is at least the rows to come
 * (the rows read), so no column grows; the columns are cut to the rows kept at the end.
 */
export class ChildRowsBuilder<R extends DatedRecord> {
  private readonly first: Int32Array;
  private date: Int32Array;
  private code: Uint8Array;
  private secondDay: Int32Array | null;
  private line: Int32Array;
  private readOrder: Int32Array;
  private fileOf: Uint16Array;
  private readonly files: string[] = [];
  private rows = 0;

  constructor(
    private readonly codec: RowCodec<R>,
    children: number,
    capacity: number,
  ) {
    this.first = new Int32Array(children + 1);
    this.date = new Int32Array(capacity);
    this.code = new Uint8Array(capacity);
    this.secondDay = codec.secondDay === null ? null : new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.readOrder = new Int32Array(capacity);
    this.fileOf = new Uint16Array(capacity);
  }

  /** The rows of the child at `position`, in the order kept; children come in position order. */
  add(position: number, records: readonly R[]): void {
    const codec = this.codec;
    for (const record of records) {
      const row = this.rows;
      this.date[row] = record.date;
      this.code[row] = codec.pack(record);
      if (this.secondDay !== null) this.secondDay[row] = codec.secondDay!(record) ?? NO_DAY;
      this.line[row] = record.line;
      this.readOrder[row] = record.readOrder;
      this.fileOf[row] = this.fileIndex(record.file);
      this.rows = row + 1;
    }
    this.first[position + 1] = this.rows;
  }

  finish(): ChildRows<R> {
    const first = this.first;
    // A child with no rows added has first[i + 1] still 0: carry the running end forward.
    for (let i = 1; i < first.length; i += 1) if (first[i]! < first[i - 1]!) first[i] = first[i - 1]!;
    const n = this.rows;
    const cut = <A extends Int32Array | Uint8Array | Uint16Array>(column: A): A => (column.length === n ? column : (column.slice(0, n) as A));
    return new ChildRows(
      this.codec,
      { first, date: cut(this.date), code: cut(this.code), secondDay: this.secondDay === null ? null : cut(this.secondDay), line: cut(this.line), readOrder: cut(this.readOrder), fileOf: cut(this.fileOf) },
      this.files,
    );
  }

  /** Rows come file by file, so the last file named is almost always the one. */
  private fileIndex(file: string): number {
    const files = this.files;
    const last = files.length - 1;
    if (last >= 0 && files[last] === file) return last;
    const at = files.indexOf(file);
    if (at >= 0) return at;
    files.push(file);
    return last + 1;
  }
}

// Visits: VISIT_TYPE, SEEN and SEEN_ALONE in one byte.
const OTHER = 1;
const NOT_SEEN = 2;
const ALONE_YES = 4;
const ALONE_NO = 8;

export const VISIT_CODEC: RowCodec<VisitRecord> = {
  pack: (v) => (v.visitType === "other" ? OTHER : 0) | (v.seen === "N" ? NOT_SEEN : 0) | (v.seenAlone === "Y" ? ALONE_YES : v.seenAlone === "N" ? ALONE_NO : 0),
  secondDay: null,
  unpack: (common, code) => ({
    childId: common.childId, file: common.file, line: common.line, readOrder: common.readOrder, date: common.date,
    visitType: code & OTHER ? "other" : "statutory", seen: code & NOT_SEEN ? "N" : "Y", seenAlone: code & ALONE_YES ? "Y" : code & ALONE_NO ? "N" : null,
  }),
};

/** A visit packed by `VISIT_CODEC` is statutory (VISIT_TYPE blank or `statutory`) and the child was seen (SEEN not N). */
export function isStatutoryVisitCode(code: number): boolean {
  return (code & (OTHER | NOT_SEEN)) === 0;
}

const ASSESSMENT_TYPES = ["initial", "review", "dental"] as const satisfies readonly HealthAssessmentRecord["type"][];

export const HEALTH_ASSESSMENT_CODEC: RowCodec<HealthAssessmentRecord> = {
  pack: (a) => ASSESSMENT_TYPES.indexOf(a.type),
  secondDay: (a) => a.requested,
  unpack: (common, code, requested) => ({
    childId: common.childId, file: common.file, line: common.line, readOrder: common.readOrder, type: ASSESSMENT_TYPES[code]!, date: common.date, requested,
  }),
};

/** The assessment type packed by `HEALTH_ASSESSMENT_CODEC`. */
export function assessmentTypeOf(code: number): HealthAssessmentRecord["type"] {
  return ASSESSMENT_TYPES[code]!;
}
