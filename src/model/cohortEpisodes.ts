import type { Day } from "../dates/day.js";
import { NO_DAY } from "./childRows.js";
import type { Episode } from "./cohort.js";
import { EpisodeColumnsWriter, type EpisodeRowColumns, type EpisodeRows, NO_YEAR, writeEpisodeFields } from "./episodeRows.js";

/**
 * The cohort's episodes as columns (`EpisodeRowColumns`), child by child in cohort order, each
 * child's in chaining order (§1.6). As objects an episode cost about 190 bytes and a national
 * return has two million of them, the largest part of a loaded cohort; here a row is about 60
 * bytes and its postcodes. A child's `Episode` objects are made by `of` when asked (the history
 * lays out every child's once per shape, and keeps the few an indicator asks for).
 *
 * @example
 * ```ts
 * const { episodes } = cohort; // the child at cohort position 3:
 * for (let row = episodes.first[3]!; row < episodes.first[4]!; row += 1) episodes.columns.start[row]; // its DECOMs, in chaining order
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

  /**
   * The episodes of the child at `position` written into objects kept for reuse (`pool`: a list
   * for each number of episodes), for a loop over every child that reads one child's episodes
   * and is done with them before the next: laying out a national return's histories made two
   * million objects a shape, which outlived enough collections to fill the old generation.
   */
  reusedOf(position: number, childId: string, pool: Episode[][]): Episode[] {
    const first = this.first[position]!;
    const count = this.first[position + 1]! - first;
    const episodes = pool[count];
    if (episodes === undefined) return (pool[count] = this.of(position, childId));
    for (let k = 0; k < count; k += 1) this.fill(episodes[k]!, first + k, childId);
    return episodes;
  }

  /** Row `row` as its episode (made now), of the child `childId`. */
  episodeAt(row: number, childId: string): Episode {
    return this.fill(blankEpisode(), row, childId);
  }

  /** Writes row `row` into `episode` and returns it. */
  private fill(episode: Episode, row: number, childId: string): Episode {
    writeEpisodeFields(episode, this.columns, this.codes, this.files, row, childId);
    const endYear = this.columns.endYear[row]!;
    episode.stale = this.columns.stale[row] === 1;
    episode.truncated = false;
    episode.endYear = endYear === NO_YEAR ? null : endYear;
    return episode;
  }
}

/** An episode to fill, its fields in the stitching's one order, so that every episode shares one hidden class. */
function blankEpisode(): Episode {
  return {
    childId: "", file: "", line: 0, readOrder: 0, start: 0 as Day, end: null, reasonForNewEpisode: "S", legalStatus: "", categoryOfNeed: null,
    placementType: "", placementProvider: null, endReason: null, placementChangeReason: null, homePostcode: null, placementPostcode: null, urn: null,
    stale: false, truncated: false, endYear: null,
  };
}

/** Rows `first` … `end − 1` of columns being written, with the codes and files they index. */
export interface WrittenRows {
  columns: EpisodeRowColumns;
  codes: readonly (string | null)[];
  files: readonly string[];
  first: number;
  end: number;
}

/**
 * Writes a cohort's episodes child by child in cohort order: a child's `Episode` objects at once
 * (`add`), or each of its rows from a file as read (`copy`, in chaining order, then `endChild`). An open row has no REC (a REC there is ignored,
 * data.md §4). A postcode or URN equal to the row before's of the same child takes that row's
 * string: a child's rows over several years repeat them, and each year's file made its own.
 */
export class CohortEpisodesBuilder extends EpisodeColumnsWriter {
  private readonly first: number[] = [0];

  /** The current child's next row, row `k` of a file as read (`EpisodeRows`). */
  copy(from: EpisodeRows, k: number, placementPostcode: string | null, urn: string | null, stale: boolean, endYear: number | null): void {
    const f = from.columns;
    const row = this.copyFields(from, k, f.end[k] !== NO_DAY, stale, endYear);
    this.writeText(row, f.homePostcode[k]!, placementPostcode, urn);
  }

  /** The current child's rows are all written: the next row is the next child's. */
  endChild(): void {
    this.first.push(this.n);
  }

  /** The rows of the child ended last, as written (the columns still have room to spare): for checks across a child's rows. */
  lastChild(): WrittenRows {
    const ends = this.first.length;
    return { columns: this.columns, codes: this.codes, files: this.files, first: ends > 1 ? this.first[ends - 2]! : 0, end: this.first[ends - 1]! };
  }

  /** A child's episodes as they are (hand-built, or a cohort's own). */
  add(episodes: readonly Episode[]): void {
    for (const e of episodes) this.writeText(this.writeFields(e, e.end === null ? null : e.endReason, e.stale, e.endYear), e.homePostcode, e.placementPostcode, e.urn);
    this.endChild();
  }

  /** The columns, for `children` children (those not ended have none). */
  finish(children: number): CohortEpisodes {
    const first = new Int32Array(children + 1);
    first.set(this.first.slice(0, children + 1));
    first.fill(this.n, this.first.length);
    return new CohortEpisodes(first, this.fittedColumns(), this.codes, this.files);
  }

  private writeText(row: number, homePostcode: string | null, placementPostcode: string | null, urn: string | null): void {
    const c = this.columns;
    const sameChild = row > this.first[this.first.length - 1]!;
    c.homePostcode[row] = sameChild && homePostcode === c.homePostcode[row - 1] ? c.homePostcode[row - 1]! : homePostcode;
    c.placementPostcode[row] = sameChild && placementPostcode === c.placementPostcode[row - 1] ? c.placementPostcode[row - 1]! : placementPostcode;
    c.urn[row] = sameChild && urn === c.urn[row - 1] ? c.urn[row - 1]! : urn;
    this.n = row + 1;
  }
}
