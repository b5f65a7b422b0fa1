import type { Day } from "../dates/day.js";
import { lowerBound } from "../numbers/search.js";
import type { DerivedKey, DerivedValue } from "../history/historyIndex.js";
import type { ChildRecord } from "../model/cohort.js";
import type { IndicatorContext } from "./types.js";

/**
 * One kind of dated record of every child (statutory visits, dental checks, PEPs …) as days,
 * ascending, in one flat array, child by child in cohort order. "Has the child one dated in
 * [from, to]?" is then a binary search over numbers instead of a walk over the child's record
 * objects, at every as-at date of a series.
 */
export class ChildDays {
  private readonly days: Float64Array;
  /** The days of the child at cohort position i: first[i] … first[i + 1] − 1. */
  private readonly first: Int32Array;

  /** `daysOf(child, push)` pushes the child's days, ascending (no list of its own per child). */
  constructor(children: readonly ChildRecord[], daysOf: (child: ChildRecord, push: (day: Day) => void) => void) {
    const first = new Int32Array(children.length + 1);
    const all: number[] = [];
    const push = (day: Day) => {
      all.push(day);
    };
    children.forEach((child, i) => {
      daysOf(child, push);
      first[i + 1] = all.length;
    });
    this.days = Float64Array.from(all);
    this.first = first;
  }

  /** The child at cohort position `position` has a day in the closed range [from, to]. */
  anyBetween(position: number, from: number, to: number): boolean {
    const end = this.first[position + 1]!;
    const at = lowerBound(this.days, from, this.first[position]!, end);
    return at < end && this.days[at]! <= to;
  }
}

/** The `ChildDays` of the context's cohort that `value` names (with `key`, all `daysOf` depends on), built once per history. */
export function childDays<Key extends DerivedKey>(
  context: IndicatorContext,
  value: DerivedValue<ChildDays, Key>,
  key: Key,
  daysOf: (child: ChildRecord, push: (day: Day) => void) => void,
): ChildDays {
  return context.history.lasting(value, key, () => new ChildDays(context.cohort.children, daysOf));
}
