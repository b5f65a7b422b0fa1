import { addYears } from "../dates/day.js";
import { derivedValue } from "../history/historyIndex.js";
import type { IndicatorContext } from "./types.js";
import { float64Column } from "../numbers/typedColumns.js";

const BIRTHDAYS = /* @__PURE__ */ derivedValue<Float64Array, [age: number]>("birthdays");

/**
 * Every child's birthday at `age` (addYears(DOB, age)) by cohort position, NaN when the DOB is
 * unknown. `ageAt` is the largest n with addYears(DOB, n) ≤ D, so "aged at least n on D" is
 * `birthdaysAt(context, n)[position] <= D`: a comparison of numbers at every as-at date instead
 * of date arithmetic on each child's record. Found once per cohort and age.
 *
 * @example
 * ```ts
 * const sixteenth = birthdaysAt(context, 16);
 * if (sixteenth[position]! <= context.asAt) members.exclude(position, "aged-16-or-over"); // NaN (no DOB) compares false
 * ```
 */
export function birthdaysAt(context: IndicatorContext, age: number): Float64Array {
  return context.history.lasting(BIRTHDAYS, [age], () =>
    float64Column(context.cohort.children, (child) => (child.dateOfBirth === null ? NaN : addYears(child.dateOfBirth, age))),
  );
}
