import { lowerBound } from "../numbers/search.js";
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

  /** `daysOf(position, push)` pushes the event days of the child at each position 0 … count − 1. */
  constructor(
    private readonly count: number,
    daysOf: (position: number, push: (day: number) => void) => void,
  ) {
    const keys: number[] = [];
    for (let position = 0; position < count; position += 1) daysOf(position, (day) => keys.push(day * CHILD_BITS + position));
    this.keys = Float64Array.from(keys).sort();
  }

  static fits(count: number): boolean {
    return count < CHILD_BITS;
  }

  /** Positions (ascending, distinct) of the children with an event dated in [from, to]. */
  childrenIn(from: number, to: number): number[] {
    const marked = new Uint8Array(this.count);
    const end = (to + 1) * CHILD_BITS;
    for (let i = lowerBound(this.keys, from * CHILD_BITS); i < this.keys.length && this.keys[i]! < end; i += 1) {
      const key = this.keys[i]!;
      marked[key - Math.floor(key / CHILD_BITS) * CHILD_BITS] = 1;
    }
    const found: number[] = [];
    for (let position = 0; position < this.count; position += 1) if (marked[position] === 1) found.push(position);
    return found;
  }
}
