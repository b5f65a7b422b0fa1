import type { ChildRuns } from "./childRuns.js";
import type { CollectionYearReturn } from "./return903.js";
import { TABLES } from "./tables.js";

/**
 * Child ids, distinct and in code-point order (as `<` compares), found from the records rather
 * than through a hash set: files come grouped by child and usually in id order, so a file's ids
 * are read off its runs and the files' lists merged. A `IdCursor` then finds a file's ids by
 * walking alongside it (a merge), about one comparison a run: hashing each run's fresh id
 * string into a map of every child had cost more than reading the rows' values.
 */
export class SortedIds {
  constructor(
    /** Distinct, ascending. */
    readonly ids: readonly string[],
  ) {}

  /** The ids any of `files` names (each a list of records, or a table's columns with their runs of ids, in read order). */
  static of(files: Iterable<ChildIdsOfRows>): SortedIds {
    const lists: (readonly string[])[] = [];
    for (const rows of files) {
      if (Array.isArray(rows)) {
        if (rows.length > 0) lists.push(idsOfRuns(rows, (r: { childId: string }) => r.childId));
      } else {
        const { runIds } = rows as ChildRuns;
        // A file in id order has its distinct ids as its runs' ids: the list is used as it is.
        if (runIds.length > 0) lists.push(isStrictlyAscending(runIds) ? runIds : idsOfRuns(runIds, (id: string) => id));
      }
    }
    return new SortedIds(union(lists));
  }

  get length(): number {
    return this.ids.length;
  }

  /** A fresh cursor, for walking one file. */
  cursor(): IdCursor {
    return new IdCursor(this.ids);
  }
}

/** A file's rows as `SortedIds.of` reads their ids: records, or columns with runs of ids (`DatedRows`, `HeaderRows`). */
export type ChildIdsOfRows = readonly { childId: string }[] | ChildRuns;

/** Every child any record of the return names, in every table and year. */
export function childIdsOf(years: readonly CollectionYearReturn[]): SortedIds {
  const files: ChildIdsOfRows[] = [];
  for (const year of years) for (const table of TABLES) files.push(year.records[table]);
  return SortedIds.of(files);
}

/**
 * Finds ids in a `SortedIds`, moving forward from the last one found: a run of ascending ids
 * costs about one comparison each. An id not after the last one starts a binary search.
 */
export class IdCursor {
  private at = 0;

  constructor(private readonly ids: readonly string[]) {}

  /** The id's position, or −1 when it is not listed. */
  positionOf(id: string): number {
    const ids = this.ids;
    let at = this.at;
    if (at > 0 && id <= ids[at - 1]!) at = lowerBoundText(ids, id, 0, at - 1);
    else at = gallop(ids, id, at);
    this.at = at;
    return ids[at] === id ? at : -1;
  }
}

/** Calls `run` for each run of consecutive records of one child, [first, end), in order. */
export function eachChildRun(records: readonly { childId: string }[], run: (childId: string, first: number, end: number) => void): void {
  for (let first = 0; first < records.length; ) {
    const childId = records[first]!.childId;
    let end = first + 1;
    while (end < records.length && records[end]!.childId === childId) end += 1;
    run(childId, first, end);
    first = end;
  }
}

function isStrictlyAscending(ids: readonly string[]): boolean {
  for (let k = 1; k < ids.length; k += 1) if (!(ids[k - 1]! < ids[k]!)) return false;
  return true;
}

/** The distinct ids of `rows`, ascending: the run heads, sorted only when the file is not in id order. */
function idsOfRuns<T>(rows: readonly T[], idOf: (row: T) => string): string[] {
  const heads: string[] = [];
  let ascending = true;
  let previous = idOf(rows[0]!);
  heads.push(previous);
  for (let k = 1; k < rows.length; k += 1) {
    const id = idOf(rows[k]!);
    if (id === previous) continue;
    if (id < previous) ascending = false;
    heads.push(id);
    previous = id;
  }
  return ascending ? heads : distinctSorted(heads);
}

function distinctSorted(ids: string[]): string[] {
  ids.sort(); // UTF-16 code unit order, as `<` compares
  let kept = 1;
  for (let k = 1; k < ids.length; k += 1) if (ids[k] !== ids[kept - 1]) ids[kept++] = ids[k]!;
  ids.length = kept;
  return ids;
}

/**
 * The union of distinct ascending lists, distinct and ascending. Most files name children the
 * longest list already holds (a year's header, its episodes): each list is walked against that
 * one and only the ids it lacks are kept, so the merges are of the few new ids, not of every
 * list in full.
 */
function union(lists: readonly (readonly string[])[]): readonly string[] {
  if (lists.length === 0) return [];
  let longest = 0;
  lists.forEach((list, k) => {
    if (list.length > lists[longest]!.length) longest = k;
  });
  const base = lists[longest]!;
  const extras: (readonly string[])[] = [];
  for (let k = 0; k < lists.length; k += 1) {
    if (k === longest) continue;
    const cursor = new IdCursor(base);
    const lacking = lists[k]!.filter((id) => cursor.positionOf(id) < 0);
    if (lacking.length > 0) extras.push(lacking);
  }
  let round = extras;
  while (round.length > 1) {
    const next: (readonly string[])[] = [];
    for (let k = 0; k < round.length; k += 2) next.push(k + 1 < round.length ? mergeDistinct(round[k]!, round[k + 1]!) : round[k]!);
    round = next;
  }
  return round.length === 0 ? base : mergeDistinct(base, round[0]!);
}

function mergeDistinct(a: readonly string[], b: readonly string[]): string[] {
  // Made at its largest size and cut to length: grown by `push`, a list of tens of thousands of
  // ids would be copied into a new large object at each growth.
  const merged: string[] = new Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      merged[n++] = x;
      i += 1;
    } else if (y < x) {
      merged[n++] = y;
      j += 1;
    } else {
      merged[n++] = x;
      i += 1;
      j += 1;
    }
  }
  while (i < a.length) merged[n++] = a[i++]!;
  while (j < b.length) merged[n++] = b[j++]!;
  merged.length = n;
  return merged;
}

/** First index in [from, to) whose id is not below `id` (ids[to] may be past it): `lowerBound` (src/numbers/search.ts) over text. */
function lowerBoundText(ids: readonly string[], id: string, from: number, to: number): number {
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
  return lowerBoundText(ids, id, low, Math.min(high, ids.length));
}
