import type { BankHolidayCalendar } from "../dates/bankHolidays.js";
import { type DerivedValue, derivedValue, isUascOn } from "../history/historyIndex.js";
import type { ChildRecord } from "../model/cohort.js";
import { isSorted } from "../numbers/search.js";
import { IntList, float64Column } from "../numbers/typedColumns.js";
import { type Exclusion, type IndicatorContext, type Measurement, type Members, sortedIds } from "./types.js";

/**
 * A value kept with the cohort's history per bank-holiday calendar (the run's `calendar`),
 * computed on first use. Weak by calendar: a config with its own bank holidays brings a new
 * calendar each run, and its values go with it.
 */
export function lastingPerCalendar<T extends object>(context: IndicatorContext, value: DerivedValue<WeakMap<BankHolidayCalendar, T>, []>, compute: (calendar: BankHolidayCalendar) => T): T {
  const byCalendar = context.history.lasting(value, [], () => new WeakMap<BankHolidayCalendar, T>());
  let kept = byCalendar.get(context.calendar);
  if (kept === undefined) byCalendar.set(context.calendar, (kept = compute(context.calendar)));
  return kept;
}

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
    const excluded = isSorted(this.excluded, compareExclusions) ? this.excluded.slice() : [...this.excluded].sort(compareExclusions);
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

type Measured = Extract<Measurement, { kind: "measured" }>;

/** A child left out, by cohort position (`CohortMembers`). */
export interface ExcludedAt {
  position: number;
  reason: string;
}

/**
 * Children left out of a cohort, by position, each with its reason: two lists of numbers rather
 * than an object per child, since a national cohort leaves out hundreds of thousands of children
 * at every as-at date (aged 16 or over, in care under 2.5 years …). The reasons are a few
 * constant strings, kept once each and listed by their index.
 */
export class Exclusions {
  private readonly positions = new IntList();
  private readonly reasonIndexes = new IntList();
  private readonly reasonNames: string[] = [];

  /** The exclusions listed (tests, and lists built elsewhere). */
  static of(list: readonly ExcludedAt[]): Exclusions {
    const exclusions = new Exclusions();
    for (const { position, reason } of list) exclusions.add(position, reason);
    return exclusions;
  }

  get length(): number {
    return this.positions.length;
  }

  /** The position of the `k`th exclusion added. */
  positionAt(k: number): number {
    return this.positions.at(k);
  }

  /** The reason of the `k`th exclusion added. */
  reasonAt(k: number): string {
    return this.reasonNames[this.reasonIndexes.at(k)]!;
  }

  /** As objects, in the order added. */
  list(): ExcludedAt[] {
    const list: ExcludedAt[] = [];
    for (let k = 0; k < this.length; k += 1) list.push({ position: this.positionAt(k), reason: this.reasonAt(k) });
    return list;
  }

  add(position: number, reason: string): void {
    let index = this.reasonNames.indexOf(reason);
    if (index === -1) index = this.reasonNames.push(reason) - 1;
    this.positions.push(position);
    this.reasonIndexes.push(index);
  }

  /** The exclusions by position, then reason, as `MembersBuilder` orders them (they are mostly added in that order). */
  ordered(): number[] {
    const order = new Array<number>(this.length);
    for (let k = 0; k < order.length; k += 1) order[k] = k;
    const byPositionThenReason = (a: number, b: number) => {
      const ra = this.reasonAt(a);
      const rb = this.reasonAt(b);
      return this.positionAt(a) - this.positionAt(b) || (ra < rb ? -1 : ra > rb ? 1 : 0) || a - b;
    };
    return isSorted(order, byPositionThenReason) ? order : order.sort(byPositionThenReason);
  }
}

/**
 * The children behind a built-in figure as positions in the cohort: sorted integer sets,
 * counted and ordered as numbers at every as-at date and turned into ids only when the members
 * are read (drill-down), so a figure of a series or a previous value never reads a child's id.
 * The cohort is in id order, so position order is id order. `MembersBuilder` does the same by
 * id, for an indicator outside the cohort's positions.
 *
 * @example
 * ```ts
 * const members = new CohortMembers(context.history.ids);
 * members.include(history.position, true);
 * members.exclude(other.position, "short-break");
 * return members.percent(); // { kind: "measured", numerator: 1, denominator: 1, members: … }
 * ```
 */
export class CohortMembers {
  // Typed lists: at a million children these reach hundreds of thousands at every date (IntList).
  private readonly numerator = new IntList();
  private readonly denominator = new IntList();
  private readonly excluded = new Exclusions();

  /** `ids`: the cohort's ids in cohort order (`HistoryIndex.ids`). */
  constructor(private readonly ids: readonly string[]) {}

  /** In the cohort; `passes` puts the child in the numerator too. */
  include(position: number, passes: boolean): void {
    this.denominator.push(position);
    if (passes) this.numerator.push(position);
  }

  /** Counted (count indicators have no denominator). */
  count(position: number): void {
    this.numerator.push(position);
  }

  exclude(position: number, reason: string): void {
    this.excluded.add(position, reason);
  }

  /** Every child `excluded` leaves out, with its reason, in the order they were added. */
  excludeAll(excluded: Exclusions): void {
    for (let k = 0; k < excluded.length; k += 1) this.excluded.add(excluded.positionAt(k), excluded.reasonAt(k));
  }

  /** A proportion: children passing over the cohort. */
  percent(): Measured {
    const numerator = distinctAscending(this.numerator.view());
    const denominator = distinctAscending(this.denominator.view());
    return { kind: "measured", numerator: numerator.length, denominator: denominator.length, members: membersOf(this.ids, numerator, denominator, this.excluded) };
  }

  /** A count of children (also what a rate divides by the population). */
  countOfChildren(): Measured {
    const numerator = distinctAscending(this.numerator.view());
    return { kind: "measured", numerator: numerator.length, denominator: null, members: membersOf(this.ids, numerator, [], this.excluded) };
  }
}

/** A cohort shared by several indicators: its members' positions (ascending, distinct) and who was left out. */
export interface SharedCohort {
  positions: ArrayLike<number>;
  excluded: Exclusions;
}

/**
 * A proportion over a shared cohort, `passes` deciding the numerator: what `CohortMembers`
 * answers for the cohort's children included and excluded in order, with the cohort's own
 * lists as the denominator and exclusions, so the indicators sharing it do not each copy them.
 */
export function percentOver(ids: readonly string[], cohort: SharedCohort, passes: (position: number, k: number) => boolean): Measured {
  const numerator = new IntList();
  const { positions } = cohort;
  for (let k = 0; k < positions.length; k += 1) if (passes(positions[k]!, k)) numerator.push(positions[k]!);
  return { kind: "measured", numerator: numerator.length, denominator: positions.length, members: membersOf(ids, numerator.view(), positions, cohort.excluded) };
}

/** The positions ascending and distinct: `list` itself when it is already (lists are mostly built in cohort order). */
function distinctAscending(list: ArrayLike<number>): ArrayLike<number> {
  let ascending = true;
  for (let i = 1; i < list.length && ascending; i += 1) ascending = list[i - 1]! < list[i]!;
  if (ascending) return list;
  const sorted = Int32Array.from(list).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!;
  return sorted.subarray(0, kept);
}

/**
 * `Members` whose id lists are made on first read, each once: a figure that is only counted
 * (a series point, a previous value) never makes them. Exclusions are ordered by child, then
 * reason, as `MembersBuilder` orders them.
 */
export function membersOf(ids: readonly string[], numerator: ArrayLike<number>, denominator: ArrayLike<number>, excluded: Exclusions): Members {
  let numeratorIds: string[] | null = null;
  let denominatorIds: string[] | null = null;
  let excludedIds: Exclusion[] | null = null;
  return {
    get numerator() {
      return (numeratorIds ??= idsAt(ids, numerator));
    },
    get denominator() {
      return (denominatorIds ??= idsAt(ids, denominator));
    },
    get excluded() {
      return (excludedIds ??= excluded.ordered().map((k) => ({ child: ids[excluded.positionAt(k)]!, reason: excluded.reasonAt(k) })));
    },
  };
}

function idsAt(ids: readonly string[], positions: ArrayLike<number>): string[] {
  const listed = new Array<string>(positions.length);
  for (let k = 0; k < positions.length; k += 1) listed[k] = ids[positions[k]!]!;
  return listed;
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

const UASC_CEASED = /* @__PURE__ */ derivedValue<Float64Array, []>("UASC ceased days");

/**
 * `isExcludedAsUasc` by cohort position, for a loop over positions: under `excludeUasc` it reads
 * each child's DUC from a typed column (NaN: not UASC, Infinity: not ceased) kept with the
 * history, so no child's record is visited; without the option it answers false at once.
 *
 * @example
 * ```ts
 * const isUasc = uascExclusion(context);
 * if (isUasc(position)) members.exclude(position, "uasc");
 * ```
 */
export function uascExclusion(context: IndicatorContext): (position: number) => boolean {
  if (!context.options.excludeUasc) return () => false;
  const ceased = context.history.lasting(UASC_CEASED, [], () =>
    float64Column(context.cohort.children, (child) => (child.uasc === null ? NaN : (child.uasc.ceased ?? Infinity))),
  );
  const { asAt } = context;
  return (position) => ceased[position]! > asAt; // isUascOn: DUC blank or after R
}

