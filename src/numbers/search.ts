/**
 * The first index in [from, to) whose value is ≥ `key`, in `values` ascending over that range
 * (`to` when there is none): the one binary search of the typed day indexes and columns. Typed
 * arrays only, so that its element reads stay monomorphic in the per-date loops (the reader's
 * search over sorted ids, src/io/ssda903/headerIndex.ts, is its own).
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
