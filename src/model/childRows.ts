import type { Day } from "../dates/day.js";
import { fitted, fittedList, widened } from "../numbers/typedColumns.js";
import { type ChildRuns, ChildRunsBuilder, childIdOfRow, eachRunOf, recordsOfRuns } from "./childRuns.js";
import type { HealthAssessmentRecord, PepRecord, ReviewRecord, VisitRecord } from "./records.js";

/**
 * A dated table's rows as columns rather than an object per row: visits, health assessments,
 * reviews and PEPs, two thirds of a national return's rows. As objects (about 100 bytes each,
 * with a list per child) visits were a third of a loaded cohort's memory; here a row is 15
 * bytes (19 with a second day, 27 with a text). `DatedRows` is one file as read, `ChildRows` a cohort's rows by child;
 * both keep the same columns (`DatedColumns`) and make a row's record only when asked.
 */

/** The columns of a dated table, one entry per row. */
export interface DatedColumns {
  readonly date: Int32Array;
  /** The record's other fields packed by its table's `RowCodec`. */
  readonly code: Uint8Array;
  /** The second day of a table that has one (`RowCodec.secondDay`); NO_DAY for blank. */
  readonly secondDay: Int32Array | null;
  /** The text field of a table that has one (`RowCodec.hasText`). */
  readonly text: readonly (string | null)[] | null;
  readonly line: Int32Array;
  readonly readOrder: Int32Array;
  /** Index into the rows' `files`. */
  readonly fileOf: Uint16Array;
}

/** What every dated record carries besides its own fields. */
export interface DatedRecord {
  childId: string;
  file: string;
  line: number;
  readOrder: number;
  date: Day;
}

/** How one table's own fields pack into a byte (and a second day and a text) and back. */
export interface RowCodec<R extends DatedRecord> {
  pack(record: R): number;
  /** The record field the second day column holds (`secondDayOf`), if the table has one. */
  secondDay: "dateOfBirth" | "requested" | null;
  secondDayOf(record: R): Day | null;
  /** The table has a text field kept as given (`textOf`): reviews' REVIEW_CODE, which keeps unknown codes. */
  hasText: boolean;
  textOf(record: R): string | null;
  unpack(common: DatedRecord, code: number, secondDay: Day | null, text: string | null): R;
}

/** The most files one table's rows may name: `fileOf` is a Uint16Array (a return has one file a table a year). */
export const MAX_FILES = 0xffff;

/**
 * The index of `file` in `files`, added at the end when new. Rows come file by file, so the last
 * file named is tried first.
 */
export function fileIndexIn(files: string[], file: string): number {
  const last = files.length - 1;
  if (last >= 0 && files[last] === file) return last;
  const at = files.indexOf(file);
  if (at >= 0) return at;
  if (files.length > MAX_FILES) throw new RangeError(`a table's rows name more than ${MAX_FILES + 1} files`);
  return files.push(file) - 1;
}

/** A blank second day: below any day a date column can hold. */
export const NO_DAY = -0x80000000;

/** Columns for `rows` rows of `codec`'s table, zeroed. */
export function datedColumns(rows: number, codec: Pick<RowCodec<DatedRecord>, "secondDay" | "hasText">): DatedColumns {
  return {
    date: new Int32Array(rows), code: new Uint8Array(rows), secondDay: codec.secondDay === null ? null : new Int32Array(rows),
    text: codec.hasText ? new Array<string | null>(rows).fill(null) : null, line: new Int32Array(rows), readOrder: new Int32Array(rows), fileOf: new Uint16Array(rows),
  };
}

type TypedColumn = Int32Array | Uint8Array | Uint16Array;

/** `columns` with each column made by `column`, and the text by `text` (cutting, widening or picking rows). */
export function eachColumn(
  columns: DatedColumns,
  column: <A extends TypedColumn>(values: A) => A,
  text: (values: readonly (string | null)[]) => readonly (string | null)[],
): DatedColumns {
  return {
    date: column(columns.date), code: column(columns.code), secondDay: columns.secondDay === null ? null : column(columns.secondDay),
    text: columns.text === null ? null : text(columns.text), line: column(columns.line), readOrder: column(columns.readOrder), fileOf: column(columns.fileOf),
  };
}

/** The rows shared by `DatedRows` and `ChildRows`: columns, the files they name, and their table's codec. */
// The columns are the instance's own fields (declared by `DatedColumns`), so loops read `rows.date` directly.
interface DatedTable<R extends DatedRecord> extends DatedColumns {}
abstract class DatedTable<R extends DatedRecord> {
  constructor(
    readonly codec: RowCodec<R>,
    columns: DatedColumns,
    readonly files: readonly string[],
  ) {
    const { date, code, secondDay, text, line, readOrder, fileOf } = columns;
    Object.assign(this, { date, code, secondDay, text, line, readOrder, fileOf });
  }

  get length(): number {
    return this.date.length;
  }

  /** Row `k`'s second day (`RowCodec.secondDay`), or null when blank or the table has none. */
  secondDayAt(k: number): Day | null {
    const day = this.secondDay === null ? NO_DAY : this.secondDay[k]!;
    return day === NO_DAY ? null : (day as Day);
  }

  /** Row `k` as its record (made now, not kept). */
  protected recordOf(k: number, childId: string): R {
    const second = this.secondDayAt(k);
    const common = { childId, file: this.files[this.fileOf[k]!]!, line: this.line[k]!, readOrder: this.readOrder[k]!, date: this.date[k]! as Day };
    return this.codec.unpack(common, this.code[k]!, second, this.text === null ? null : this.text[k]!);
  }
}

/**
 * A dated table's rows as the cohort keeps them, child by child in cohort order.
 *
 * @example
 * ```ts
 * const { visits } = cohort; // the child at cohort position 3:
 * for (let row = visits.first[3]!; row < visits.first[4]!; row += 1) visits.date[row]; // its visit days, ascending
 * visits.of(3, cohort.children[3]!.childId); // the same as VisitRecord objects
 * ```
 */
export class ChildRows<R extends DatedRecord> extends DatedTable<R> {
  /** Made by the stitching (`childRowsOf`, src/history/childRowsOf.ts), or `ChildRows.empty`. */
  constructor(
    codec: RowCodec<R>,
    /** The rows of the child at cohort position i are `first[i]` … `first[i + 1] − 1`, by date then read order. */
    readonly first: Int32Array,
    columns: DatedColumns,
    files: readonly string[],
  ) {
    super(codec, columns, files);
  }

  /** No rows for any of `children` children (a hand-built cohort without the table). */
  static empty<R extends DatedRecord>(codec: RowCodec<R>, children: number): ChildRows<R> {
    return new ChildRows(codec, new Int32Array(children + 1), datedColumns(0, codec), []);
  }

  /** The rows of the child at `position` as records (made now, not kept), ascending by date then read order. */
  of(position: number, childId: string): R[] {
    const records: R[] = [];
    for (let row = this.first[position]!; row < this.first[position + 1]!; row += 1) records.push(this.recordOf(row, childId));
    return records;
  }
}

/**
 * One file of a dated table as read, in line order. The reader writes visits, health
 * assessments, reviews and PEPs this way (each row's record is made by its table's builder and packed at once, so
 * none outlives its row), and the stitching files them into a cohort's `ChildRows`. Rows come
 * grouped by child, so the child ids are kept once per run of rows. A return built by hand gives
 * its records to `DatedRows.of`.
 *
 * @example
 * ```ts
 * const visits = DatedRows.of(VISIT_CODEC, [visit]); // or return903.years[0].records.visits
 * visits.date[0]; visits.childIdAt(0); visits.recordAt(0); // the row as a VisitRecord
 * ```
 */
export class DatedRows<R extends DatedRecord> extends DatedTable<R> implements ChildRuns {
  constructor(
    codec: RowCodec<R>,
    /** The child of each run of rows: run r is rows `runEnds[r − 1]` (0 for the first) … `runEnds[r] − 1`. */
    readonly runIds: readonly string[],
    readonly runEnds: Float64Array,
    columns: DatedColumns,
    files: readonly string[],
  ) {
    super(codec, columns, files);
  }

  /** Rows for `records`, in their order, each keeping its read order. */
  static of<R extends DatedRecord>(codec: RowCodec<R>, records: readonly R[]): DatedRows<R> {
    const rows = new DatedRowsBuilder(codec, records.length);
    for (const record of records) rows.push(record);
    return rows.finish();
  }

  static empty<R extends DatedRecord>(codec: RowCodec<R>): DatedRows<R> {
    return new DatedRows(codec, [], new Float64Array(0), datedColumns(0, codec), []);
  }

  /** Calls `run` for each run of rows of one child, as [first, end). */
  eachRun(run: (childId: string, first: number, end: number) => void): void {
    eachRunOf(this, run);
  }

  /** The child of row `k`: that of the first run ending after it. */
  childIdAt(k: number): string {
    return childIdOfRow(this, k);
  }

  /** Row `k` as its record. */
  recordAt(k: number): R {
    return this.recordOf(k, this.childIdAt(k));
  }

  /** Every row as its record, in order. */
  records(): R[] {
    return recordsOfRuns(this, (k, childId) => this.recordOf(k, childId));
  }
}

/** Writes a `DatedRows` record by record; `push` matches an array's, so the reader fills either alike. */
export class DatedRowsBuilder<R extends DatedRecord> {
  private readonly runs = new ChildRunsBuilder();
  private readonly files: string[] = [];
  private columns: DatedColumns;
  private n = 0;

  /** `capacity`: the rows expected (the columns double past it). */
  constructor(
    private readonly codec: RowCodec<R>,
    capacity: number,
  ) {
    this.columns = datedColumns(Math.max(capacity, 16), codec);
  }

  push(record: R): void {
    const k = this.n;
    if (k === this.columns.date.length) this.grow();
    this.runs.push(record.childId, k);
    const { date, code, secondDay, text, line, readOrder, fileOf } = this.columns;
    date[k] = record.date;
    code[k] = this.codec.pack(record);
    if (secondDay !== null) secondDay[k] = this.codec.secondDayOf(record) ?? NO_DAY;
    if (text !== null) (text as (string | null)[])[k] = this.codec.textOf(record);
    line[k] = record.line;
    readOrder[k] = record.readOrder;
    fileOf[k] = fileIndexIn(this.files, record.file);
    this.n = k + 1;
  }

  finish(): DatedRows<R> {
    const n = this.n;
    const columns = eachColumn(this.columns, (values) => fitted(values, n), (text) => fittedList(text as (string | null)[], n));
    const { runIds, runEnds } = this.runs.finish();
    return new DatedRows(this.codec, runIds, runEnds, columns, this.files);
  }

  private grow(): void {
    const size = this.columns.date.length * 2;
    // The text grows as a list does, by being written past its end.
    this.columns = eachColumn(this.columns, (values) => widened(values, size), (text) => text);
  }
}

const NO_SECOND_DAY = { secondDay: null, secondDayOf: () => null } as const;
const NO_TEXT = { hasText: false, textOf: () => null } as const;

// Visits: VISIT_TYPE, SEEN and SEEN_ALONE in one byte.
const OTHER = 1;
const NOT_SEEN = 2;
const ALONE_YES = 4;
const ALONE_NO = 8;

export const VISIT_CODEC: RowCodec<VisitRecord> = {
  pack: (v) => (v.visitType === "other" ? OTHER : 0) | (v.seen === "N" ? NOT_SEEN : 0) | (v.seenAlone === "Y" ? ALONE_YES : v.seenAlone === "N" ? ALONE_NO : 0),
  ...NO_SECOND_DAY,
  ...NO_TEXT,
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
  secondDay: "requested",
  secondDayOf: (a) => a.requested,
  ...NO_TEXT,
  unpack: (common, code, requested) => ({
    childId: common.childId, file: common.file, line: common.line, readOrder: common.readOrder, type: ASSESSMENT_TYPES[code]!, date: common.date, requested,
  }),
};

/** The assessment type packed by `HEALTH_ASSESSMENT_CODEC`. */
export function assessmentTypeOf(code: number): HealthAssessmentRecord["type"] {
  return ASSESSMENT_TYPES[code]!;
}

/** Reviews: DOB is the second day, REVIEW_CODE the text (an unknown code is kept as given). */
export const REVIEW_CODEC: RowCodec<ReviewRecord> = {
  pack: () => 0,
  secondDay: "dateOfBirth",
  secondDayOf: (r) => r.dateOfBirth,
  hasText: true,
  textOf: (r) => r.participation,
  unpack: (common, _code, dateOfBirth, participation) => ({
    childId: common.childId, file: common.file, line: common.line, readOrder: common.readOrder, dateOfBirth, date: common.date, participation,
  }),
};

/** PEPs: the date alone. */
export const PEP_CODEC: RowCodec<PepRecord> = {
  pack: () => 0,
  ...NO_SECOND_DAY,
  ...NO_TEXT,
  unpack: (common) => ({ childId: common.childId, file: common.file, line: common.line, readOrder: common.readOrder, date: common.date }),
};

/** The tables read into columns (`DatedRows`), each with its codec. */
export const DATED_TABLES = { visits: VISIT_CODEC, health_assessments: HEALTH_ASSESSMENT_CODEC, reviews: REVIEW_CODEC, peps: PEP_CODEC } as const;
export type DatedTableName = keyof typeof DATED_TABLES;
