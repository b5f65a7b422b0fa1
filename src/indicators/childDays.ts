import type { Day } from "../dates/day.js";
import { lowerBound } from "../numbers/search.js";
import { ColumnBuilder } from "../numbers/typedColumns.js";
import type { DerivedKey, DerivedValue } from "../history/historyIndex.js";
import type { ChildRows, DatedRecord } from "../model/childRows.js";
import type { ChildRecord } from "../model/cohort.js";
import type { IndicatorContext } from "./types.js";

/**
 * One kind of dated record of every child (statutory visits, dental checks, PEPs …) as days,
 * ascending, in one flat array, child by child in cohort order. "Has the child one dated in
 * [from, to]?" is then a binary search over numbers instead of a walk over the child's record
 * objects, at every as-at date of a series.
 */
export class ChildDays {
  /** The days of the child at cohort position i: first[i] … first[i + 1] − 1. */
  private constructor(
    private readonly days: Float64Array,
    private readonly first: Int32Array,
  ) {}

  /** `daysOf(child, push)` pushes the child's days, ascending (no list of its own per child). */
  static of(children: readonly ChildRecord[], daysOf: (child: ChildRecord, push: (day: Day) => void) => void): ChildDays {
    const first = new Int32Array(children.length + 1);
    const all = new ColumnBuilder(Float64Array);
    const push = (day: Day) => {
      all.push(day);
    };
    children.forEach((child, i) => {
      daysOf(child, push);
      first[i + 1] = all.length;
    });
    return new ChildDays(all.finish(), first);
  }

  /** The days of the rows of a table kept as columns whose packed `code` passes `keep` (each child's rows are ascending by date already). */
  static ofRows<R extends DatedRecord>(rows: ChildRows<R>, keep: (code: number) => boolean): ChildDays {
    // `keep` is asked once a code (a byte), not once a row: it may decode the code, and this runs
    // once over every visit, too seldom for a call per row to be compiled away.
    const kept = new Int8Array(256).fill(-1);
    const code = rows.code;
    const children = rows.first.length - 1;
    let count = 0;
    for (let row = rows.first[0]!; row < rows.first[children]!; row += 1) {
      let passes = kept[code[row]!]!;
      if (passes < 0) passes = kept[code[row]!] = keep(code[row]!) ? 1 : 0;
      count += passes;
    }
    const first = new Int32Array(children + 1);
    const days = new Float64Array(count);
    let n = 0;
    for (let i = 0; i < children; i += 1) {
      for (let row = rows.first[i]!; row < rows.first[i + 1]!; row += 1) if (kept[code[row]!] === 1) days[n++] = rows.date[row]!;
      first[i + 1] = n;
    }
    return new ChildDays(days, first);
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
  return context.history.lasting(value, key, () => ChildDays.of(context.cohort.children, daysOf));
}

/** The `ChildDays` of the rows of one of the cohort's column tables (`Cohort.visits`, `Cohort.healthAssessments`) whose code passes `keep`, built once per history. */
export function childDaysOfRows<Key extends DerivedKey, R extends DatedRecord>(
  context: IndicatorContext,
  value: DerivedValue<ChildDays, Key>,
  key: Key,
  rows: ChildRows<R>,
  keep: (code: number) => boolean,
): ChildDays {
  return context.history.lasting(value, key, () => ChildDays.ofRows(rows, keep));
}
