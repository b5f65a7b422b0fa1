import type { Day } from "../dates/day.js";
import { fitted, fittedList, widened } from "../numbers/typedColumns.js";
import { NO_DAY, fileIndexIn } from "./childRows.js";
import type { Episode } from "./cohort.js";
import type { EpisodeRecord, ReasonForNewEpisode } from "./records.js";

/**
 * The cohort's episodes as columns, child by child in cohort order, each child's in chaining
 * order (§1.6). As objects an episode cost about 190 bytes and a national return has two
 * million of them, the largest part of a loaded cohort; here a row is about 60 bytes and its
 * postcodes. A child's `Episode` objects are made by `of` when asked (the history lays out
 * every child's once per shape, and keeps the few an indicator asks for).
 *
 * @example
 * ```ts
 * const { episodes } = cohort; // the child at cohort position 3:
 * for (let row = episodes.first[3]!; row < episodes.first[4]!; row += 1) episodes.start[row]; // its DECOMs, in chaining order
 * episodes.of(3, cohort.children[3]!.childId); // the same as Episode objects
 * ```
 */
export class CohortEpisodes {
  constructor(
    /** The rows of the child at cohort position i are `first[i]` … `first[i + 1] − 1`. */
    readonly first: Int32Array,
    readonly columns: EpisodeRowColumns,
    /** The values the code columns index: `codes[0]` is null (blank). */
    readonly codes: readonly (string | null)[],
    readonly files: readonly string[],
  ) {}

  /** No episodes for any of `children` children. */
  static empty(children: number): CohortEpisodes {
    return new CohortEpisodesBuilder(0).finish(children);
  }

  /** Columns for hand-built lists, one per cohort position, each in chaining order. */
  static of(episodesByChild: readonly (readonly Episode[])[]): CohortEpisodes {
    const builder = new CohortEpisodesBuilder(episodesByChild.reduce((total, list) => total + list.length, 0));
    for (const episodes of episodesByChild) builder.add(episodes);
    return builder.finish(episodesByChild.length);
  }

  /** Every child's rows. */
  get length(): number {
    return this.columns.start.length;
  }

  /** How many episodes the child at `position` has. */
  countOf(position: number): number {
    return this.first[position + 1]! - this.first[position]!;
  }

  /** The episodes of the child at `position` (made now, not kept), in chaining order. */
  of(position: number, childId: string): Episode[] {
    const first = this.first[position]!;
    const episodes = new Array<Episode>(this.first[position + 1]! - first);
    for (let k = 0; k < episodes.length; k += 1) episodes[k] = this.episodeAt(first + k, childId);
    return episodes;
  }

  /** Row `row` as its episode (made now), of the child `childId`. Fields in the stitching's order, so every episode shares one hidden class. */
  episodeAt(row: number, childId: string): Episode {
    const c = this.columns;
    const codes = this.codes;
    const end = c.end[row]!;
    const endYear = c.endYear[row]!;
    return {
      childId,
      file: this.files[c.fileOf[row]!]!,
      line: c.line[row]!,
      readOrder: c.readOrder[row]!,
      start: c.start[row]! as Day,
      end: end === NO_DAY ? null : (end as Day),
      reasonForNewEpisode: codes[c.reasonForNewEpisode[row]!] as ReasonForNewEpisode,
      legalStatus: codes[c.legalStatus[row]!]!,
      categoryOfNeed: codes[c.categoryOfNeed[row]!]!,
      placementType: codes[c.placementType[row]!]!,
      placementProvider: codes[c.placementProvider[row]!]!,
      endReason: codes[c.endReason[row]!]!,
      placementChangeReason: codes[c.placementChangeReason[row]!]!,
      homePostcode: c.homePostcode[row]!,
      placementPostcode: c.placementPostcode[row]!,
      urn: c.urn[row]!,
      stale: c.stale[row] === 1,
      truncated: false,
      endYear: endYear === NO_YEAR ? null : endYear,
    };
  }
}

/** The fields of `Episode` that are codes: kept as indexes into `CohortEpisodes.codes`. */
export const EPISODE_CODE_FIELDS = [
  "reasonForNewEpisode", "legalStatus", "categoryOfNeed", "placementType", "placementProvider", "endReason", "placementChangeReason",
] as const;
type CodeField = (typeof EPISODE_CODE_FIELDS)[number];

/** An index into the codes: two bytes while a cohort's codes number at most 65,536 (unknown codes are kept as given), else four. */
export type CodeColumn = Uint16Array | Int32Array;

export type EpisodeRowColumns = {
  readonly start: Int32Array;
  /** DEC, or NO_DAY when open. */
  readonly end: Int32Array;
  readonly line: Int32Array;
  readonly readOrder: Int32Array;
  /** Index into `CohortEpisodes.files`. */
  readonly fileOf: Uint16Array;
  /** 1: open in an earlier year and not repeated later (`Episode.stale`). */
  readonly stale: Uint8Array;
  /** The collection end year of the row's return, or NO_YEAR (a single return). */
  readonly endYear: Int32Array;
  readonly homePostcode: readonly (string | null)[];
  readonly placementPostcode: readonly (string | null)[];
  readonly urn: readonly (string | null)[];
} & { readonly [F in CodeField]: CodeColumn };

/** A blank `endYear`. */
export const NO_YEAR = -0x80000000;

type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** What a row takes of an episode read (an `EpisodeRecord`) or made (an `Episode`); the stitching gives the rest. */
export type EpisodeRowFields = Omit<EpisodeRecord, "childId" | "placementPostcode" | "urn">;

/**
 * Writes a cohort's episodes child by child in cohort order (`push` each of a child's rows, in
 * chaining order, then `endChild`); the columns double past the capacity given.
 */
export class CohortEpisodesBuilder {
  private columns: Writable<EpisodeRowColumns>;
  private readonly first: number[] = [0];
  private readonly codes: (string | null)[] = [null];
  private readonly codeIndex = new Map<string, number>();
  private readonly lastCode: (string | null)[] = EPISODE_CODE_FIELDS.map(() => null);
  private readonly lastIndex = new Int32Array(EPISODE_CODE_FIELDS.length);
  private readonly files: string[] = [];
  private n = 0;

  constructor(capacity: number) {
    this.columns = rowColumns(Math.max(capacity, 16));
  }

  /**
   * The current child's next row. An open row has no REC (a REC there is ignored, data.md §4).
   * A postcode or URN equal to the row before's of the same child takes that row's string: a
   * child's rows over several years repeat them, and each year's file made its own.
   */
  push(e: EpisodeRowFields, placementPostcode: string | null, urn: string | null, stale: boolean, endYear: number | null): void {
    const row = this.n;
    if (row === this.columns.start.length) this.grow(row + 1);
    // Each row may bring seven new codes: widened before a code index can pass two bytes.
    if (this.codes.length + EPISODE_CODE_FIELDS.length > 0x10000 && this.columns.legalStatus instanceof Uint16Array) {
      for (const field of EPISODE_CODE_FIELDS) this.columns[field] = Int32Array.from(this.columns[field]);
    }
    const c = this.columns;
    c.start[row] = e.start;
    c.end[row] = e.end ?? NO_DAY;
    c.line[row] = e.line;
    c.readOrder[row] = e.readOrder;
    c.fileOf[row] = fileIndexIn(this.files, e.file);
    c.stale[row] = stale ? 1 : 0;
    c.endYear[row] = endYear ?? NO_YEAR;
    const sameChild = row > this.first[this.first.length - 1]!;
    c.homePostcode[row] = sameChild && e.homePostcode === c.homePostcode[row - 1] ? c.homePostcode[row - 1]! : e.homePostcode;
    c.placementPostcode[row] = sameChild && placementPostcode === c.placementPostcode[row - 1] ? c.placementPostcode[row - 1]! : placementPostcode;
    c.urn[row] = sameChild && urn === c.urn[row - 1] ? c.urn[row - 1]! : urn;
    c.reasonForNewEpisode[row] = this.codeOf(e.reasonForNewEpisode, 0);
    c.legalStatus[row] = this.codeOf(e.legalStatus, 1);
    c.categoryOfNeed[row] = this.codeOf(e.categoryOfNeed, 2);
    c.placementType[row] = this.codeOf(e.placementType, 3);
    c.placementProvider[row] = this.codeOf(e.placementProvider, 4);
    c.endReason[row] = e.end === null ? 0 : this.codeOf(e.endReason, 5);
    c.placementChangeReason[row] = this.codeOf(e.placementChangeReason, 6);
    this.n = row + 1;
  }

  /** The current child's rows are all pushed: the next row is the next child's. */
  endChild(): void {
    this.first.push(this.n);
  }

  /** A child's episodes as they are (hand-built, or a cohort's own). */
  add(episodes: readonly Episode[]): void {
    for (const e of episodes) this.push(e, e.placementPostcode, e.urn, e.stale, e.endYear);
    this.endChild();
  }

  /** The columns, for `children` children (those not ended have none). */
  finish(children: number): CohortEpisodes {
    const n = this.n;
    const first = new Int32Array(children + 1);
    first.set(this.first.slice(0, children + 1));
    first.fill(n, this.first.length);
    const c = this.columns;
    const columns = { ...c } as Writable<EpisodeRowColumns>;
    for (const key of Object.keys(c) as (keyof EpisodeRowColumns)[]) {
      const values = c[key];
      (columns as Record<string, unknown>)[key] = Array.isArray(values) ? fittedList(values, n) : fitted(values as Int32Array, n);
    }
    return new CohortEpisodes(first, columns, this.codes, this.files);
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
    const grown = { ...c } as Writable<EpisodeRowColumns>;
    for (const key of Object.keys(c) as (keyof EpisodeRowColumns)[]) {
      const values = c[key];
      (grown as Record<string, unknown>)[key] = Array.isArray(values) ? values : widened(values as Int32Array, capacity);
    }
    this.columns = grown;
  }
}

function rowColumns(rows: number): Writable<EpisodeRowColumns> {
  const text = () => new Array<string | null>(rows);
  const code = () => new Uint16Array(rows);
  return {
    start: new Int32Array(rows), end: new Int32Array(rows), line: new Int32Array(rows), readOrder: new Int32Array(rows), fileOf: new Uint16Array(rows),
    stale: new Uint8Array(rows), endYear: new Int32Array(rows), homePostcode: text(), placementPostcode: text(), urn: text(),
    reasonForNewEpisode: code(), legalStatus: code(), categoryOfNeed: code(), placementType: code(), placementProvider: code(), endReason: code(),
    placementChangeReason: code(),
  };
}
