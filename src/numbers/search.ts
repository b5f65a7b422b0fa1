/**
 * The first index in [from, to) whose value is ≥ `key`, in `values` ascending over that range
 * (`to` when there is none): the binary search every typed day index and column uses.
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
