import type { Day } from "../dates/day.js";
import type { DatedRecord, DatedRows } from "../model/childRows.js";
import { distinctAscending, none } from "../numbers/lists.js";

/**
 * The days of one dated table (reviews, PEPs) over every year, by cohort position: what a child's
 * record keeps as its list of distinct days, ascending. The days are placed by a counting sort
 * over positions, so each child's list is made once, at its size, rather than grown row by row
 * over the years and copied to its size at the end.
 */
export class ChildDayLists {
  /** The reused list a child's days are put in order in. */
  private readonly scratch: Day[] = [];

  private constructor(
    /** The child at position i has days `first[i]` … `first[i + 1] − 1`, in file order. */
    private readonly first: Int32Array,
    private readonly days: Int32Array,
  ) {}

  /** `positions[g]`: the cohort position of row g of `files` taken one after another. */
  static of(files: readonly DatedRows<DatedRecord>[], positions: Int32Array, children: number): ChildDayLists {
    const first = new Int32Array(children + 1);
    for (let g = 0; g < positions.length; g += 1) first[positions[g]! + 1]! += 1;
    for (let i = 0; i < children; i += 1) first[i + 1]! += first[i]!;
    const next = first.slice(0, children);
    const days = new Int32Array(positions.length);
    let g = 0;
    for (const rows of files) {
      const date = rows.date;
      for (let k = 0; k < rows.length; k += 1) days[next[positions[g++]!]!++] = date[k]!;
    }
    return new ChildDayLists(first, days);
  }

  /** The distinct days of the child at `position`, ascending: a list of its own, exactly sized. */
  distinctAscendingOf(position: number): Day[] {
    const from = this.first[position]!;
    const to = this.first[position + 1]!;
    if (from === to) return none();
    const days = this.scratch;
    days.length = 0;
    for (let k = from; k < to; k += 1) days.push(this.days[k]! as Day);
    return distinctAscending(days).slice();
  }
}
