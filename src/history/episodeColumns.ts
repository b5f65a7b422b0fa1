import type { Episode } from "../model/cohort.js";
import { widened } from "../numbers/typedColumns.js";
import { isShortBreak } from "./episodeOrder.js";

/** LS V3/V4. */
export const SHORT_BREAK = 1;
/** RNE S. */
export const STARTS_CARE = 2;
/** Closed with a REC other than X1 (a blank REC counts). */
export const ENDS_CARE = 4;
/** A stale open episode cut at its year's 31 March (`truncated`): that day is covered, and no REC ends it. */
const TRUNCATED = 8;

/**
 * What the questions asked at every as-at date (current episode, CLA, C12, starts and ends)
 * read of each episode, in typed arrays shared by the histories of one index. A child's
 * episodes are contiguous rows in chain order, so those questions read a few numbers next to
 * each other instead of walking episode objects spread over a large heap.
 */
export class EpisodeColumns {
  start: Int32Array;
  /** DEC, the day after a truncated episode's last day, or Infinity when open: `start ≤ d < end` is then `covers`. */
  end: Float64Array;
  readOrder: Int32Array;
  /** SHORT_BREAK | STARTS_CARE | ENDS_CARE. */
  flags: Uint8Array;
  /** Where the row's episode sits (`placeRow`): its period's start, its spell's start, and the start of the spell before it in the period (NaN for the first). */
  periodStart: Int32Array;
  spellStart: Int32Array;
  previousSpellStart: Float64Array;
  /**
   * The row's period among its child's periods (in order of start) and its spell among the
   * child's spells (period by period, then in chain order): with the rows, all a history needs
   * to give back its periods and spells without keeping them as objects.
   */
  period: Int32Array;
  spell: Int32Array;
  /** PLACE and REC (codes: the strings are the code list's own, shared by every row). */
  placementType: string[];
  endReason: (string | null)[];
  private size = 0;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Float64Array(capacity);
    this.readOrder = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.periodStart = new Int32Array(capacity);
    this.spellStart = new Int32Array(capacity);
    this.previousSpellStart = new Float64Array(capacity);
    this.period = new Int32Array(capacity);
    this.spell = new Int32Array(capacity);
    // Sized once: grown by assignment, a list of millions is copied again and again.
    this.placementType = new Array<string>(capacity);
    this.endReason = new Array<string | null>(capacity);
  }

  /** Sets where row `row`'s episode sits in its period (see `periodStart` and `spell`; its period is `chainEpisodes`'s to write). */
  placeRow(row: number, spell: number, periodStart: number, spellStart: number, previousSpellStart: number): void {
    this.spell[row] = spell;
    this.periodStart[row] = periodStart;
    this.spellStart[row] = spellStart;
    this.previousSpellStart[row] = previousSpellStart;
  }

  /** The row has `flag` (SHORT_BREAK, STARTS_CARE or ENDS_CARE). */
  is(row: number, flag: number): boolean {
    return (this.flags[row]! & flag) !== 0;
  }

  /** DEC as the history has it (a truncated episode's 31 March), Infinity when open. */
  dec(row: number): number {
    return this.flags[row]! & TRUNCATED ? this.end[row]! - 1 : this.end[row]!;
  }

  /** The row's episode is a stale open one cut at its year's 31 March (§1.5). */
  isTruncated(row: number): boolean {
    return (this.flags[row]! & TRUNCATED) !== 0;
  }

  /**
   * Visits a child's periods (its rows [first, first + count)) in order: each with the rows of
   * its first and last episodes (its rows between them are those whose `period` is it).
   */
  eachPeriod(first: number, count: number, visit: (period: number, head: number, tail: number) => void): void {
    const last = first + count - 1;
    for (let period = 0; ; period += 1) {
      let head = first;
      while (head <= last && this.period[head] !== period) head += 1;
      if (head > last) return;
      let tail = last;
      while (this.period[tail] !== period) tail -= 1;
      visit(period, head, tail);
    }
  }

  /** `covers` (half-open) of the row's episode. */
  covers(row: number, day: number): boolean {
    return this.start[row]! <= day && day < this.end[row]!;
  }

  /** `overlaps` (closed window) of the row's episode: a DEC day touches the window, a truncated episode's last day is its 31 March. */
  overlaps(row: number, windowStart: number, windowEnd: number): boolean {
    return this.start[row]! <= windowEnd && this.dec(row) >= windowStart;
  }

  /** Adds a child's episodes (in chain order) as rows; returns the row of the first. */
  append(episodes: readonly Episode[]): number {
    const first = this.size;
    if (first + episodes.length > this.start.length) this.grow(first + episodes.length);
    for (let k = 0; k < episodes.length; k += 1) {
      const e = episodes[k]!;
      const row = first + k;
      this.start[row] = e.start;
      this.end[row] = e.end === null ? Infinity : e.truncated ? e.end + 1 : e.end;
      this.readOrder[row] = e.readOrder;
      this.placementType[row] = e.placementType;
      this.endReason[row] = e.endReason;
      this.flags[row] =
        (isShortBreak(e) ? SHORT_BREAK : 0) |
        (e.reasonForNewEpisode === "S" ? STARTS_CARE : 0) |
        (e.end !== null && e.endReason !== "X1" && !e.truncated ? ENDS_CARE : 0) |
        (e.truncated ? TRUNCATED : 0);
    }
    this.size = first + episodes.length;
    return first;
  }

  // Only for a child the index was not sized for (its capacity is the cohort's episode count).
  private grow(needed: number): void {
    const capacity = Math.max(needed, 2 * this.start.length);
    this.start = widened(this.start, capacity);
    this.end = widened(this.end, capacity);
    this.readOrder = widened(this.readOrder, capacity);
    this.periodStart = widened(this.periodStart, capacity);
    this.spellStart = widened(this.spellStart, capacity);
    this.previousSpellStart = widened(this.previousSpellStart, capacity);
    this.period = widened(this.period, capacity);
    this.spell = widened(this.spell, capacity);
    this.flags = widened(this.flags, capacity);
  }
}
