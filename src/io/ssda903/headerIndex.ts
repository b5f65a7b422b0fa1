import type { Day } from "../../dates/day.js";
import { type IdCursor, SortedIds } from "../../model/childIds.js";
import type { CollectionYearReturn } from "../../model/return903.js";

/**
 * Every child with a header record, in code-point order, with the date of birth the header
 * gives (a later year's record wins). Files come grouped by child and usually in id order, so
 * a `HeaderCursor` walks this list alongside a file (a merge) instead of hashing each id.
 */
export class HeaderIndex {
  private constructor(
    private readonly sorted: SortedIds,
    readonly dobs: readonly Day[],
  ) {}

  static of(years: readonly CollectionYearReturn[]): HeaderIndex {
    const sorted = SortedIds.of(years.map((year) => year.records.header));
    const dobs: Day[] = new Array<Day>(sorted.length);
    for (const year of years) {
      const cursor = sorted.cursor();
      const { runIds, runEnds, columns } = year.records.header;
      // Read order: the last wins, the last row of each run of a child's rows.
      for (let r = 0; r < runIds.length; r += 1) dobs[cursor.positionOf(runIds[r]!)] = columns.dateOfBirth[runEnds[r]! - 1]! as Day;
    }
    return new HeaderIndex(sorted, dobs);
  }

  get ids(): readonly string[] {
    return this.sorted.ids;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** A fresh cursor, for reading one file. */
  cursor(): HeaderCursor {
    return new HeaderCursor(this.sorted.cursor(), this.dobs);
  }
}

/** Finds a file's children in a `HeaderIndex`, walking alongside the file (`IdCursor`). */
export class HeaderCursor {
  constructor(
    private readonly ids: IdCursor,
    private readonly dobs: readonly Day[],
  ) {}

  /** The header's date of birth for `childId`, or undefined when it has no header record. */
  dobOf(childId: string): Day | undefined {
    const at = this.ids.positionOf(childId);
    return at < 0 ? undefined : this.dobs[at];
  }
}
