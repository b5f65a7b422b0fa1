/**
 * The first index in [from, to) whose value is ≥ `key`, in `values` ascending over that range
 * (`to` when there is none): the one binary search of the typed day indexes and columns. Typed
 * arrays only, so that its element reads stay monomorphic in the per-date loops (the reader's
 * search over sorted ids, src/model/childIds.ts, is its own).
 *
 * @example
 * ```ts
 * lowerBound(Float64Array.of(1, 3, 3, 7), 3); // 1
 * lowerBound(Float64Array.of(1, 3, 3, 7), 8); // 4
 * ```
 */
export function lowerBound(values: Float64Array, key: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The indices of `values` in ascending order of value, ties in index order (a stable sort),
 * found by one numeric sort of value × n + index rather than a comparison function: how a
 * column gathered child by child is put in day order.
 *
 * @example
 * ```ts
 * ascendingOrder([30, 10, 30, 20]); // Int32Array [1, 3, 0, 2]
 * ```
 */
export function ascendingOrder(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) keys[i] = values[i]! * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k += 1) order[k] = ((keys[k]! % n) + n) % n;
  return order;
}

/** Numbers in ascending order, for `isSorted` and `sort`. */
export const ascending = (a: number, b: number): number => a - b;

/** Past this many values `sortFew` leaves insertion for the built-in sort. */
const FEW = 64;

/**
 * Sorts `values[from … to − 1]` in place, stably under `compare`: by insertion when they are few
 * (a child's rows or days, mostly in order already: linear then), since the built-in sort
 * allocates on every call, and a typed array's with a comparison copies the array; the many
 * by the built-in (stable) sort.
 *
 * @example
 * ```ts
 * const rows = Int32Array.of(3, 1, 2);
 * sortFew(rows, (a, b) => a - b); // rows: 1, 2, 3
 * ```
 */
export function sortFew<T extends number>(values: T[] | Int32Array, compare: (a: T, b: T) => number, from = 0, to = values.length): void {
  const list = values as T[];
  if (to - from > FEW) {
    const sorted = Array.prototype.slice.call(values, from, to) as T[];
    sorted.sort(compare);
    for (let k = from; k < to; k += 1) list[k] = sorted[k - from]!;
    return;
  }
  for (let i = from + 1; i < to; i += 1) {
    const value = list[i]!;
    let j = i - 1;
    for (; j >= from && compare(list[j]!, value) > 0; j -= 1) list[j + 1] = list[j]!;
    list[j + 1] = value;
  }
}

/**
 * Every neighbour of `list[from … to − 1]` (the whole list by default) in order under `compare`
 * (strictly: no two equal): a stable sort would leave them as they are.
 */
export function isSorted<T>(list: ArrayLike<T>, compare: (a: T, b: T) => number, strictly = false, from = 0, to = list.length): boolean {
  for (let i = from + 1; i < to; i += 1) {
    const order = compare(list[i - 1]!, list[i]!);
    if (order > 0 || (strictly && order === 0)) return false;
  }
  return true;
}
