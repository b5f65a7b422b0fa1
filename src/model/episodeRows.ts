import type { Day } from "../dates/day.js";
import { fitted, fittedList, widened } from "../numbers/typedColumns.js";
import { NO_DAY, fileIndexIn } from "./childRows.js";
import { ChildRunRows, ChildRunsBuilder } from "./childRuns.js";
import type { EpisodeRecord, ReasonForNewEpisode } from "./records.js";

/**
 * Episode rows as columns rather than an object per row: an episodes file as the reader writes
 * it (`EpisodeRows`), and a cohort's episodes by child (`CohortEpisodes`, which keeps the same
 * columns). As records an episode cost about 150 bytes and its list slot, and a national return
 * has two million; here a row is about 60 bytes and its postcodes.
 */

/** The fields of an episode that are codes: kept as indexes into the table's `codes`. */
export const EPISODE_CODE_FIELDS = [
  "reasonForNewEpisode", "legalStatus", "categoryOfNeed", "placementType", "placementProvider", "endReason", "placementChangeReason",
] as const;
type CodeField = (typeof EPISODE_CODE_FIELDS)[number];

/** An index into the codes: two bytes while a table's codes number at most 65,536 (unknown codes are kept as given), else four. */
export type CodeColumn = Uint16Array | Int32Array;

export type EpisodeRowColumns = {
  readonly start: Int32Array;
  /** DEC, or NO_DAY when open. */
  readonly end: Int32Array;
  readonly line: Int32Array;
  readonly readOrder: Int32Array;
  /** Index into the table's `files`. */
  readonly fileOf: Uint16Array;
  /** 1: open in an earlier year and not repeated later (`Episode.stale`; 0 in a file as read). */
  readonly stale: Uint8Array;
  /** The collection end year of the row's return, or NO_YEAR (a single return, or a file as read). */
  readonly endYear: Int32Array;
  readonly homePostcode: readonly (string | null)[];
  readonly placementPostcode: readonly (string | null)[];
  readonly urn: readonly (string | null)[];
} & { readonly [F in CodeField]: CodeColumn };

/** A blank `endYear`. */
export const NO_YEAR = -0x80000000;

/** What a row takes of an episode object (an `EpisodeRecord` or an `Episode`); the postcode, URN and REC are given apart. */
export type EpisodeRowFields = Omit<EpisodeRecord, "childId" | "placementPostcode" | "urn">;

type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** The columns as their writer, or a stitching that finishes a file's columns in place, sees them. */
export type WritableEpisodeColumns = Writable<EpisodeRowColumns>;

/**
 * Writes episode rows into columns that double past the capacity given, with the codes each
 * row names listed once. The reader's `EpisodeRowsBuilder` and the cohort's
 * `CohortEpisodesBuilder` are this with where the rows come from.
 */
export abstract class EpisodeColumnsWriter {
  protected columns: Writable<EpisodeRowColumns>;
  protected readonly codes: (string | null)[] = [null];
  protected readonly files: string[] = [];
  protected n = 0;
  private readonly codeIndex = new Map<string, number>();
  private readonly renumberings = new Map<EpisodeRows, Renumbering>();
  private lastRenumbering: Renumbering | null = null;
  private readonly lastCode: (string | null)[] = EPISODE_CODE_FIELDS.map(() => null);
  private readonly lastIndex = new Int32Array(EPISODE_CODE_FIELDS.length);

  constructor(capacity: number) {
    this.columns = rowColumns(Math.max(capacity, 16));
  }

  /** Writes `e`'s own fields at the next row, and returns the row (`n` counts it once the caller is done). */
  protected writeFields(e: EpisodeRowFields, endReason: string | null, stale: boolean, endYear: number | null): number {
    const row = this.nextRow();
    const c = this.columns;
    c.start[row] = e.start;
    c.end[row] = e.end ?? NO_DAY;
    c.line[row] = e.line;
    c.readOrder[row] = e.readOrder;
    c.fileOf[row] = fileIndexIn(this.files, e.file);
    c.stale[row] = stale ? 1 : 0;
    c.endYear[row] = endYear ?? NO_YEAR;
    c.reasonForNewEpisode[row] = this.codeOf(e.reasonForNewEpisode, 0);
    c.legalStatus[row] = this.codeOf(e.legalStatus, 1);
    c.categoryOfNeed[row] = this.codeOf(e.categoryOfNeed, 2);
    c.placementType[row] = this.codeOf(e.placementType, 3);
    c.placementProvider[row] = this.codeOf(e.placementProvider, 4);
    c.endReason[row] = this.codeOf(endReason, 5);
    c.placementChangeReason[row] = this.codeOf(e.placementChangeReason, 6);
    return row;
  }

  /**
   * Writes row `k` of `from` at the next row, with its REC or none, and returns the row. Its
   * codes and file are named again in these columns' lists, through a table per source (`Renumbering`).
   */
  protected copyFields(from: EpisodeRows, k: number, keepEndReason: boolean, stale: boolean, endYear: number | null): number {
    // Renumbered first: the source's codes are all listed at once, before the row checks there is room for them.
    const { code, file } = this.renumberingOf(from);
    const row = this.nextRow();
    const c = this.columns;
    const f = from.columns;
    c.start[row] = f.start[k]!;
    c.end[row] = f.end[k]!;
    c.line[row] = f.line[k]!;
    c.readOrder[row] = f.readOrder[k]!;
    c.fileOf[row] = file[f.fileOf[k]!]!;
    c.stale[row] = stale ? 1 : 0;
    c.endYear[row] = endYear ?? NO_YEAR;
    c.reasonForNewEpisode[row] = code[f.reasonForNewEpisode[k]!]!;
    c.legalStatus[row] = code[f.legalStatus[k]!]!;
    c.categoryOfNeed[row] = code[f.categoryOfNeed[k]!]!;
    c.placementType[row] = code[f.placementType[k]!]!;
    c.placementProvider[row] = code[f.placementProvider[k]!]!;
    c.endReason[row] = keepEndReason ? code[f.endReason[k]!]! : 0;
    c.placementChangeReason[row] = code[f.placementChangeReason[k]!]!;
    return row;
  }

  /** The indexes in these columns of `from`'s codes and files, worked out once per source (a return has a file a year). */
  private renumberingOf(from: EpisodeRows): Renumbering {
    if (this.lastRenumbering?.from === from) return this.lastRenumbering;
    let renumbering = this.renumberings.get(from);
    if (renumbering === undefined) {
      const code = Int32Array.from(from.codes, (value) => this.codeOf(value, 0));
      const file = Int32Array.from(from.files, (name) => fileIndexIn(this.files, name));
      renumbering = { from, code, file };
      this.renumberings.set(from, renumbering);
    }
    return (this.lastRenumbering = renumbering);
  }

  /** The first `n` rows of every column, fitted. */
  protected fittedColumns(): EpisodeRowColumns {
    const n = this.n;
    const c = this.columns;
    const columns = { ...c };
    for (const key of Object.keys(c) as (keyof EpisodeRowColumns)[]) {
      const values = c[key];
      (columns as Record<string, unknown>)[key] = Array.isArray(values) ? fittedList(values, n) : fitted(values as Int32Array, n);
    }
    return columns;
  }

  /** The next row, with room for it and its codes. */
  private nextRow(): number {
    const row = this.n;
    if (row === this.columns.start.length) this.grow(row + 1);
    // Each row may bring seven new codes: widened before a code index can pass two bytes.
    if (this.codes.length + EPISODE_CODE_FIELDS.length > 0x10000 && this.columns.legalStatus instanceof Uint16Array) {
      for (const field of EPISODE_CODE_FIELDS) this.columns[field] = Int32Array.from(this.columns[field]);
    }
    return row;
  }

  /** The index of `code`, written in code column `column` (its last code is tried first: a child's rows mostly repeat them). */
  private codeOf(code: string | null, column: number): number {
    if (code === null) return 0;
    if (this.lastCode[column] === code) return this.lastIndex[column]!;
    let index = this.codeIndex.get(code);
    if (index === undefined) {
      index = this.codes.push(code) - 1;
      this.codeIndex.set(code, index);
    }
    this.lastCode[column] = code;
    this.lastIndex[column] = index;
    return index;
  }

  private grow(rows: number): void {
    const capacity = Math.max(rows, this.columns.start.length * 2);
    const c = this.columns;
    const grown = { ...c };
    for (const key of Object.keys(c) as (keyof EpisodeRowColumns)[]) {
      const values = c[key];
      (grown as Record<string, unknown>)[key] = Array.isArray(values) ? values : widened(values as Int32Array, capacity);
    }
    this.columns = grown;
  }
}

/** A source's code and file indexes as another table's columns number them. */
interface Renumbering {
  from: EpisodeRows;
  code: Int32Array;
  file: Int32Array;
}

function rowColumns(rows: number): Writable<EpisodeRowColumns> {
  // Sized once: grown by assignment, a list of millions is copied again and again.
  const text = () => new Array<string | null>(rows);
  const code = () => new Uint16Array(rows);
  return {
    start: new Int32Array(rows), end: new Int32Array(rows), line: new Int32Array(rows), readOrder: new Int32Array(rows), fileOf: new Uint16Array(rows),
    stale: new Uint8Array(rows), endYear: new Int32Array(rows), homePostcode: text(), placementPostcode: text(), urn: text(),
    reasonForNewEpisode: code(), legalStatus: code(), categoryOfNeed: code(), placementType: code(), placementProvider: code(), endReason: code(),
    placementChangeReason: code(),
  };
}

/**
 * Writes row `row`'s fields into `e` (the postcodes and URN as the columns hold them) and
 * returns it: for a record made now, or an episode object reused from child to child.
 */
export function writeEpisodeFields<E extends EpisodeRecord>(e: E, columns: EpisodeRowColumns, codes: readonly (string | null)[], files: readonly string[], row: number, childId: string): E {
  const end = columns.end[row]!;
  e.childId = childId;
  e.file = files[columns.fileOf[row]!]!;
  e.line = columns.line[row]!;
  e.readOrder = columns.readOrder[row]!;
  e.start = columns.start[row]! as Day;
  e.end = end === NO_DAY ? null : (end as Day);
  e.reasonForNewEpisode = codes[columns.reasonForNewEpisode[row]!] as ReasonForNewEpisode;
  e.legalStatus = codes[columns.legalStatus[row]!]!;
  e.categoryOfNeed = codes[columns.categoryOfNeed[row]!]!;
  e.placementType = codes[columns.placementType[row]!]!;
  e.placementProvider = codes[columns.placementProvider[row]!]!;
  e.endReason = codes[columns.endReason[row]!]!;
  e.placementChangeReason = codes[columns.placementChangeReason[row]!]!;
  e.homePostcode = columns.homePostcode[row]!;
  e.placementPostcode = columns.placementPostcode[row]!;
  e.urn = columns.urn[row]!;
  return e;
}

/** A record to fill (`writeEpisodeFields`), its fields in one order so that every record shares one hidden class. */
function blankEpisodeRecord(): EpisodeRecord {
  return {
    childId: "", file: "", line: 0, readOrder: 0, start: 0 as Day, end: null, reasonForNewEpisode: "S", legalStatus: "", categoryOfNeed: null,
    placementType: "", placementProvider: null, endReason: null, placementChangeReason: null, homePostcode: null, placementPostcode: null, urn: null,
  };
}

/**
 * One episodes file as read, in line order: the reader writes each checked row here (its record
 * made by the table's builder and written at once, so none outlives its row), and the stitching
 * copies the rows it keeps into the cohort's `CohortEpisodes`. Rows come grouped by child, so the
 * child ids are kept once per run of rows. A return built by hand gives its records to `EpisodeRows.of`.
 *
 * @example
 * ```ts
 * const episodes = EpisodeRows.of([episode]); // or return903.years[0].records.episodes
 * episodes.columns.start[0]; episodes.childIdAt(0); episodes.recordAt(0); // the row as an EpisodeRecord
 * ```
 */
export class EpisodeRows extends ChildRunRows<EpisodeRecord> {
  constructor(
    runIds: readonly string[],
    runEnds: Float64Array,
    readonly columns: EpisodeRowColumns,
    /** The values the code columns index: `codes[0]` is null (blank). */
    readonly codes: readonly (string | null)[],
    files: readonly string[],
  ) {
    super(runIds, runEnds, files);
  }

  /** Rows for `records`, in their order, each keeping its read order. */
  static of(records: readonly EpisodeRecord[]): EpisodeRows {
    const rows = new EpisodeRowsBuilder(records.length);
    for (const record of records) rows.push(record);
    return rows.finish();
  }

  static empty(): EpisodeRows {
    return new EpisodeRowsBuilder(0).finish();
  }

  get length(): number {
    return this.columns.start.length;
  }

  protected recordOf(k: number, childId: string): EpisodeRecord {
    return writeEpisodeFields(blankEpisodeRecord(), this.columns, this.codes, this.files, k, childId);
  }
}

/** Writes an `EpisodeRows` record by record; `push` matches an array's, so the reader fills either alike. */
export class EpisodeRowsBuilder extends EpisodeColumnsWriter {
  private readonly runs = new ChildRunsBuilder();

  push(record: EpisodeRecord): void {
    const row = this.writeFields(record, record.endReason, false, null);
    const c = this.columns;
    c.homePostcode[row] = record.homePostcode;
    c.placementPostcode[row] = record.placementPostcode;
    c.urn[row] = record.urn;
    this.runs.push(record.childId, row);
    this.n = row + 1;
  }

  finish(): EpisodeRows {
    const { runIds, runEnds } = this.runs.finish();
    return new EpisodeRows(runIds, runEnds, this.fittedColumns(), this.codes, this.files);
  }
}
