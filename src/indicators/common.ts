import { type ChildHistory, type DerivedValue, isUascOn } from "../history/historyIndex.js";
import type { ChildRecord } from "../model/cohort.js";
import { type Exclusion, type IndicatorContext, type Measurement, type Members, isSorted, sortedIds } from "./types.js";

const compareExclusions = (a: Exclusion, b: Exclusion) =>
  a.child < b.child ? -1 : a.child > b.child ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;

/**
 * Collects the children behind a figure as the indicator decides about them, so that counts
 * are always lengths of named lists (numerator ≤ denominator by construction).
 *
 * @example
 * ```ts
 * const members = new MembersBuilder();
 * members.include("0042", true); // in the cohort and counted
 * members.include("0044", false); // in the cohort only
 * members.exclude("0043", "short-break");
 * return members.percent(); // { kind: "measured", numerator: 1, denominator: 2, members: … }
 * ```
 */
export class MembersBuilder {
  private readonly numerator: string[] = [];
  private readonly denominator: string[] = [];
  private readonly excluded: Exclusion[] = [];

  /** In the cohort; `passes` puts the child in the numerator too. */
  include(childId: string, passes: boolean): void {
    this.denominator.push(childId);
    if (passes) this.numerator.push(childId);
  }

  /** Counted (count indicators have no denominator). */
  count(childId: string): void {
    this.numerator.push(childId);
  }

  exclude(childId: string, reason: string): void {
    this.excluded.push({ child: childId, reason });
  }

  members(): Members {
    const excluded = isSorted(this.excluded, compareExclusions, false) ? this.excluded.slice() : [...this.excluded].sort(compareExclusions);
    return { numerator: sortedIds(this.numerator), denominator: sortedIds(this.denominator), excluded };
  }

  /** A proportion: children (or items) passing over the cohort. */
  percent(): Measurement {
    const members = this.members();
    return { kind: "measured", numerator: members.numerator.length, denominator: members.denominator.length, members };
  }

  /** A count of children (also what a rate divides by the population). */
  countOfChildren(): Measurement {
    const members = this.members();
    return { kind: "measured", numerator: members.numerator.length, denominator: null, members };
  }
}

/**
 * `excludeUasc: true` removes children who are UASC at R from every numerator and denominator (§1.7).
 *
 * @example
 * ```ts
 * for (const child of context.cohort.children) {
 *   if (isExcludedAsUasc(context, child)) continue; // only when the excludeUasc option is on
 * }
 * ```
 */
export function isExcludedAsUasc(context: IndicatorContext, child: ChildRecord): boolean {
  return context.options.excludeUasc && isUascOn(child, context.asAt);
}

/**
 * The histories of the children `has` picks (say, those with an OC3 row), in cohort order,
 * found once per history as `value`: an indicator over a sparse table then visits
 * those children, not the whole cohort, at every as-at date.
 */
export function childrenWith(context: IndicatorContext, value: DerivedValue<readonly ChildHistory[], []>, has: (child: ChildRecord) => boolean): readonly ChildHistory[] {
  return context.history.lasting(value, [], () => context.history.children.filter((h) => has(h.child)));
}
