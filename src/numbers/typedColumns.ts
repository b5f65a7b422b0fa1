/**
 * Typed columns filled from a list, one value per item. A plain loop: `Float64Array.from(list,
 * map)` goes through the iterator protocol and was about 16 times slower (10 ms per 80,000
 * children on Node 20), paid by every column kept with a national cohort's history and by every
 * spreadsheet call, which builds its cohort afresh.
 *
 * @example
 * ```ts
 * float64Column([{ day: 3 }, { day: 7 }], (item) => item.day); // Float64Array [3, 7]
 * ```
 */
export function float64Column<T>(items: ArrayLike<T>, value: (item: T, k: number) => number): Float64Array {
  const column = new Float64Array(items.length);
  for (let k = 0; k < items.length; k += 1) column[k] = value(items[k]!, k);
  return column;
}

/** A copy of `values` in a column of `capacity` (at least their length) of the same type: how a typed column grows. */
export function widened<T extends Float64Array | Int32Array | Uint8Array | Uint16Array>(values: T, capacity: number): T {
  const copy = new (values.constructor as new (length: number) => T)(capacity);
  copy.set(values);
  return copy;
}

/** `float64Column` for whole numbers (positions, rows, counts). */
export function int32Column<T>(items: ArrayLike<T>, value: (item: T, k: number) => number): Int32Array {
  const column = new Int32Array(items.length);
  for (let k = 0; k < items.length; k += 1) column[k] = value(items[k]!, k);
  return column;
}

/** `float64Column` for flags (0 or 1). */
export function uint8Column<T>(items: ArrayLike<T>, value: (item: T, k: number) => number): Uint8Array {
  const column = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k += 1) column[k] = value(items[k]!, k);
  return column;
}
