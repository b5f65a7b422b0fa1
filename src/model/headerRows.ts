import type { Day } from "../dates/day.js";
import { fitted, fittedList, widened } from "../numbers/typedColumns.js";
import { NO_DAY, fileIndexIn } from "./childRows.js";
import { ChildRunRows, ChildRunsBuilder } from "./childRuns.js";
import type { HeaderRecord } from "./records.js";

/**
 * header.csv as read, in columns rather than an object per row. The header has a row per child a
 * year (over a million in a national return) and is read only while a return is checked and its
 * years stitched, after which it is let go: as objects, its rows were still waiting for a full
 * collection when a national return finished loading. A row's record is made only when asked.
 *
 * @example
 * ```ts
 * const header = HeaderRows.of([record]); // or return903.years[0].records.header
 * header.columns.dateOfBirth[0]; header.childIdAt(0); header.recordAt(0); // the row as a HeaderRecord
 * ```
 */
export class HeaderRows extends ChildRunRows<HeaderRecord> {
  constructor(
    runIds: readonly string[],
    runEnds: Float64Array,
    readonly columns: HeaderColumns,
    files: readonly string[],
  ) {
    super(runIds, runEnds, files);
  }

  /** Rows for `records`, in their order, each keeping its read order. */
  static of(records: readonly HeaderRecord[]): HeaderRows {
    const rows = new HeaderRowsBuilder(records.length);
    for (const record of records) rows.push(record);
    return rows.finish();
  }

  static empty(): HeaderRows {
    return new HeaderRowsBuilder(0).finish();
  }

  get length(): number {
    return this.columns.dateOfBirth.length;
  }

  protected recordOf(k: number, childId: string): HeaderRecord {
    const c = this.columns;
    const flag = c.motherFlag[k]!;
    const childDob = c.motherChildDateOfBirth[k]!;
    return {
      childId, file: this.files[c.fileOf[k]!]!, line: c.line[k]!, readOrder: c.readOrder[k]!,
      sex: c.sex[k]!, dateOfBirth: c.dateOfBirth[k]! as Day, ethnicity: c.ethnicity[k]!, upn: c.upn[k]!,
      motherFlag: flag === NO_FLAG ? null : (flag as 0 | 1), motherChildDateOfBirth: childDob === NO_DAY ? null : (childDob as Day),
    };
  }
}

/** The header's columns, one entry per row. Codes are the code lists' own strings, shared by every row. */
export interface HeaderColumns {
  readonly dateOfBirth: Int32Array;
  readonly sex: readonly (string | null)[];
  readonly ethnicity: readonly (string | null)[];
  readonly upn: readonly (string | null)[];
  /** MOTHER: 0, 1, or NO_FLAG for blank. */
  readonly motherFlag: Int8Array;
  /** MC_DOB, or NO_DAY for blank. */
  readonly motherChildDateOfBirth: Int32Array;
  readonly line: Int32Array;
  readonly readOrder: Int32Array;
  /** Index into the rows' `files`. */
  readonly fileOf: Uint16Array;
}

/** A blank MOTHER. */
export const NO_FLAG = -1;

type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer V)[] ? V[] : T[K] };

function headerColumns(rows: number): Writable<HeaderColumns> {
  return {
    dateOfBirth: new Int32Array(rows), sex: new Array<string | null>(rows).fill(null), ethnicity: new Array<string | null>(rows).fill(null),
    upn: new Array<string | null>(rows).fill(null), motherFlag: new Int8Array(rows), motherChildDateOfBirth: new Int32Array(rows),
    line: new Int32Array(rows), readOrder: new Int32Array(rows), fileOf: new Uint16Array(rows),
  };
}

/** Writes a `HeaderRows` record by record; `push` matches an array's, so the reader fills either alike. */
export class HeaderRowsBuilder {
  private readonly runs = new ChildRunsBuilder();
  private readonly files: string[] = [];
  private columns: Writable<HeaderColumns>;
  private n = 0;

  /** `capacity`: the rows expected (the columns double past it). */
  constructor(capacity: number) {
    this.columns = headerColumns(capacity);
  }

  push(record: HeaderRecord): void {
    const k = this.n;
    if (k === this.columns.dateOfBirth.length) this.grow();
    this.runs.push(record.childId, k);
    const c = this.columns;
    c.dateOfBirth[k] = record.dateOfBirth;
    c.sex[k] = record.sex;
    c.ethnicity[k] = record.ethnicity;
    c.upn[k] = record.upn;
    c.motherFlag[k] = record.motherFlag ?? NO_FLAG;
    c.motherChildDateOfBirth[k] = record.motherChildDateOfBirth ?? NO_DAY;
    c.line[k] = record.line;
    c.readOrder[k] = record.readOrder;
    c.fileOf[k] = fileIndexIn(this.files, record.file);
    this.n = k + 1;
  }

  finish(): HeaderRows {
    const n = this.n;
    const c = this.columns;
    const columns: HeaderColumns = {
      dateOfBirth: fitted(c.dateOfBirth, n), sex: fittedList(c.sex, n), ethnicity: fittedList(c.ethnicity, n), upn: fittedList(c.upn, n),
      motherFlag: fitted(c.motherFlag, n), motherChildDateOfBirth: fitted(c.motherChildDateOfBirth, n), line: fitted(c.line, n),
      readOrder: fitted(c.readOrder, n), fileOf: fitted(c.fileOf, n),
    };
    const { runIds, runEnds } = this.runs.finish();
    return new HeaderRows(runIds, runEnds, columns, this.files);
  }

  private grow(): void {
    const size = Math.max(16, this.columns.dateOfBirth.length * 2);
    const c = this.columns;
    // The text columns grow as lists do, by being written past their end.
    this.columns = {
      ...c, dateOfBirth: widened(c.dateOfBirth, size), motherFlag: widened(c.motherFlag, size), motherChildDateOfBirth: widened(c.motherChildDateOfBirth, size),
      line: widened(c.line, size), readOrder: widened(c.readOrder, size), fileOf: widened(c.fileOf, size),
    };
  }
}
