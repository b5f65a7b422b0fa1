import { ascending, isSorted, sortFew } from "./search.js";

/**
 * Lists kept for every child of a cohort, sized to what they hold. A national return has up to
 * a million children, most with one or two rows in a table and none in several: an empty array
 * costs 32 bytes and an array grown by `push` keeps room for 17 items (152 bytes) however few
 * it holds, so a list per child per table was most of a cohort's memory.
 */

/**
 * The one empty list that children without rows share. Frozen: a `push` onto it would reach
 * every child, so it throws instead; grow a list with `pushed`.
 */
const NONE: readonly never[] = Object.freeze([]);

/** The shared empty list, typed as a list of `T`. Never push onto it: use `pushed`. */
export function none<T>(): T[] {
  return NONE as unknown as T[];
}

/**
 * `list` with `value` at its end: a new one-item list for the shared empty list, else `list`
 * itself, pushed onto.
 *
 * @example
 * ```ts
 * let days = none<number>();
 * days = pushed(days, 3); // [3]
 * ```
 */
export function pushed<T>(list: T[], value: T): T[] {
  if ((list as readonly unknown[]) === NONE) return [value];
  list.push(value);
  return list;
}

/**
 * `list` copied to exactly its length (the shared empty list when it is empty), for a list built
 * by `push` that outlives the loop that built it.
 */
export function exactSize<T>(list: T[]): T[] {
  return list.length === 0 ? none() : list.slice();
}

/** `list` in `compare` order: sorted in place, unless it already is (a child's rows usually come in date order). */
export function sortedBy<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  return isSorted(list, compare) ? list : list.sort(compare);
}

/** The last item (in `records` order, read order for records) of each key, in key order; `records` is sorted in place. */
export function lastOfEachKey<T>(records: T[], compareKeys: (a: T, b: T) => number): T[] {
  if (records.length < 2) return records;
  sortedBy(records, compareKeys); // stable: read order within a key
  const kept: T[] = [];
  for (let i = 0; i < records.length; i += 1) {
    if (i + 1 === records.length || compareKeys(records[i]!, records[i + 1]!) !== 0) kept.push(records[i]!);
  }
  return exactSize(kept);
}

/**
 * `values` made distinct and ascending, in place (sorted, repeats dropped, the list cut to
 * what is left): a child's few days (reviews, PEPs, plan dates), mostly in order already.
 *
 * @example
 * ```ts
 * distinctAscending([5, 3, 5, 1]); // [1, 3, 5]
 * ```
 */
export function distinctAscending<T extends number>(values: T[]): T[] {
  if (values.length < 2) return values;
  sortFew(values, ascending);
  let kept = 1;
  for (let i = 1; i < values.length; i += 1) if (values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  values.length = kept;
  return values;
}
