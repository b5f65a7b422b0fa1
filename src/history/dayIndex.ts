import { lowerBound } from "../numbers/search.js";
import { widened } from "../numbers/typedColumns.js";
/**
 * Which children have an event (a start of care, an end of care) on which days, for window
 * queries: a window indicator then visits only the children with such an event in its
 * window, not every child at every as-at date. Built once per history index.
 *
 * Each event is packed into one number, day × 2^21 + child position, so that a native numeric
 * sort orders events by day and a binary search finds a window. Exact for |day| < 2^31 and
 * fewer than 2^21 children (`fits`; beyond that the caller visits every child).
 */
const CHILD_BITS = 2 ** 21;

export class DayIndex {
  private readonly keys: Float64Array;

  /**
   * `daysOf(position, push)` pushes the event days of the child at each position 0 … count − 1;
   * `capacity`, how many events there may be (say, the rows), sizes the keys once.
   */
  constructor(
    private readonly count: number,
    daysOf: (position: number, push: (day: number) => void) => void,
    capacity = 16,
  ) {
    let keys = new Float64Array(Math.max(1, capacity));
    let size = 0;
    const push = (day: number) => {
      if (size === keys.length) keys = widened(keys, 2 * keys.length);
      keys[size++] = day * CHILD_BITS + position;
    };
    let position = 0;
    for (; position < count; position += 1) daysOf(position, push);
    this.keys = keys.slice(0, size).sort();
  }

  static fits(count: number): boolean {
    return count < CHILD_BITS;
  }

  /** Positions (ascending, distinct) of the children with an event dated in [from, to]. */
  childrenIn(from: number, to: number): Int32Array {
    const marked = new Uint8Array(this.count);
    const end = (to + 1) * CHILD_BITS;
    for (let i = lowerBound(this.keys, from * CHILD_BITS); i < this.keys.length && this.keys[i]! < end; i += 1) {
      const key = this.keys[i]!;
      marked[key - Math.floor(key / CHILD_BITS) * CHILD_BITS] = 1;
    }
    let marks = 0;
    for (let position = 0; position < this.count; position += 1) marks += marked[position]!;
    // Typed: a national window finds hundreds of thousands, and a plain array that large waits for a full collection once let go.
    const found = new Int32Array(marks);
    for (let position = 0, k = 0; k < marks; position += 1) if (marked[position] === 1) found[k++] = position;
    return found;
  }
}
