import type { Day } from "../../dates/day.js";
import type { CollectionYearReturn } from "../../model/return903.js";

/**
 * Every child with a header record, in code-point order, with the date of birth the header
 * gives (a later year's record wins). Files come grouped by child and usually in id order, so
 * a `HeaderCursor` walks this list alongside a file (a merge) instead of hashing each id.
 */
export class HeaderIndex {
  private constructor(
    readonly ids: readonly string[],
    readonly dobs: readonly Day[],
  ) {}

  static of(years: readonly CollectionYearReturn[]): HeaderIndex {
    const dobById = new Map<string, Day>();
    for (const year of years) for (const h of year.records.header) dobById.set(h.childId, h.dateOfBirth);
    const ids = [...dobById.keys()].sort(); // UTF-16 code unit order, as `<` compares
    return new HeaderIndex(ids, ids.map((id) => dobById.get(id)!));
  }

  get size(): number {
    return this.ids.length;
  }

  /** A fresh cursor, for reading one file. */
  cursor(): HeaderCursor {
    return new HeaderCursor(this);
  }
}

/**
 * Finds ids in a `HeaderIndex`, moving forward from the last id found: a run of ascending ids
 * costs about one comparison each. An id not after the last one starts a binary search.
 */
export class HeaderCursor {
  private at = 0;

  constructor(private readonly index: HeaderIndex) {}

  /** The header's date of birth for `childId`, or undefined when it has no header record. */
  dobOf(childId: string): Day | undefined {
    const ids = this.index.ids;
    let at = this.at;
    if (at > 0 && childId <= ids[at - 1]!) at = lowerBound(ids, childId, 0, at - 1);
    else at = gallop(ids, childId, at);
    this.at = at;
    return ids[at] === childId ? this.index.dobs[at] : undefined;
  }
}

/** First index in [from, to) whose id is not below `id` (ids[to] may be past it): `lowerBound` (src/numbers/search.ts) over text. */
function lowerBound(ids: readonly string[], id: string, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index from `from` on whose id is not below `id`, stepping 1, 2, 4, … then bisecting. */
function gallop(ids: readonly string[], id: string, from: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < ids.length && ids[high]! < id) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  return lowerBound(ids, id, low, Math.min(high, ids.length));
}
