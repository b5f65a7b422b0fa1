import type { BankHolidayCalendar } from "../dates/bankHolidays.js";
import type { Day } from "../dates/day.js";
import type { PeriodKind, ReportingPeriod } from "../dates/periods.js";
import type { ScorecardOptions } from "../model/options.js";
import type { HistoryIndex } from "../history/historyIndex.js";
import type { Cohort } from "../model/cohort.js";
import type { ColumnName } from "../model/columns.js";
import type { TableName } from "../model/tables.js";

export const UNITS = ["count", "percent", "rate-per-10k", "days"] as const;
export type Unit = (typeof UNITS)[number];
export const POLARITIES = ["higher-is-better", "lower-is-better", "none"] as const;
export type Polarity = (typeof POLARITIES)[number];
/** Groups of the committee report (one table per theme). */
export type Theme = "care-population" | "stability" | "timeliness" | "health" | "education" | "missing" | "adoption" | "care-leavers";

/** A child left out of an indicator's denominator, and why (kebab-case, stable). */
export interface Exclusion {
  child: string;
  reason: string;
}

/** The children behind a figure: ids sorted as text (code-point order). */
export interface Members {
  numerator: string[];
  denominator: string[];
  excluded: Exclusion[];
}

/**
 * What an indicator measures, before evaluation. Counts are integers of named children (or
 * items, for review events and missing episodes):
 * - count: numerator = the count, denominator = null;
 * - rate-per-10k: numerator = the count of children, denominator = null (the scorecard adds
 *   the population);
 * - percent: numerator = children (items) meeting the test, denominator = the cohort;
 * - days: numerator = total days (integer), denominator = children averaged.
 */
export type Measurement =
  | { kind: "measured"; numerator: number; denominator: number | null; members: Members }
  | MissingData;

/**
 * Not computable because input tables are absent: value, numerator and denominator null. The
 * cause is coded (`tables`, and `year` when only that collection year lacks them) for a tool to
 * act on; `note` is the same cause as the output prints it ("needs visits.csv").
 */
export interface MissingData {
  kind: "missing-data";
  tables: readonly TableName[];
  /** The collection year ("2018-19") whose tables are absent, or null when no year has them. */
  year: string | null;
  note: string;
}

/**
 * @example
 * ```ts
 * missingData(["episodes", "visits"], null).note; // "needs episodes.csv and visits.csv"
 * missingData(["oc2"], "2018-19").note; // "needs oc2.csv for 2018-19"
 * ```
 */
export function missingData(tables: readonly TableName[], year: string | null): MissingData {
  const files = tables.map((t) => `${t}.csv`).join(" and ");
  return { kind: "missing-data", tables, year, note: year === null ? `needs ${files}` : `needs ${files} for ${year}` };
}

/**
 * The note for an absent input table (§1.10), or null when every table is there.
 *
 * @example
 * ```ts
 * const missing = missingTables(context, ["visits"]);
 * if (missing) return missing; // { kind: "missing-data", note: "needs visits.csv" }
 * ```
 */
export function missingTables(context: IndicatorContext, tables: readonly TableName[]): Measurement | null {
  const absent = tables.filter((t) => !context.tables.has(t));
  if (absent.length === 0) return null;
  return missingData(absent, null);
}

/** Everything an indicator may read. Pure: no clock, no IO. */
export interface IndicatorContext {
  cohort: Cohort;
  /** R, the as-at date. */
  asAt: Day;
  /** [W0, W1] of `--period`. Snapshot indicators ignore it and use their own lookback. */
  period: ReportingPeriod;
  periodKind: PeriodKind;
  options: ScorecardOptions;
  calendar: BankHolidayCalendar;
  /** Tables with a usable file in any year. */
  tables: ReadonlySet<TableName>;
  /** Derived per-child history (periods of care, spells), built once per cohort and options. */
  history: HistoryIndex;
}

/** Columns by table, as the files spell them (data.md §4): a misspelt column fails to compile. */
export type IndicatorReads = { readonly [T in TableName]?: readonly ColumnName<T>[] };

/** An indicator's narrative words (`narrativeFor`). */
export interface NarrativePhrase {
  /** Percent: "of the {denominator} {cohort}"; count and rate: what is counted. */
  cohort: string;
  /** What the numerator did, in the past tense ("were in care"). */
  verb: string;
}

export interface IndicatorDefinition {
  /** Kebab-case, stable once released. */
  id: string;
  /** The exact output title; a function when an option changes it (thresholds). */
  title: string | ((options: ScorecardOptions) => string);
  /**
   * The words of its one-sentence narrative ("22 of the 380 children in care (5.8%) had three or
   * more placements …"); without them the sentence is built from the title.
   */
  narrative?: NarrativePhrase;
  unit: Unit;
  polarity: Polarity;
  theme: Theme;
  /** Snapshot at R with its own lookback, or a window indicator over [W0, W1]. */
  period: { kind: "snapshot"; lookback: string } | { kind: "window" };
  /** For docs/indicators.md: who is counted, what passes, which inputs, which switches. */
  cohort: string;
  numerator: string;
  data: string;
  switches: readonly (keyof ScorecardOptions)[];
  /**
   * The tables without which it cannot be computed, in the order its note names them: when one
   * is absent, `defineIndicator` answers `MissingData` ("needs visits.csv") before `compute` runs.
   */
  needs?: readonly TableName[];
  /**
   * The columns it reads, by table, declared here once: an error in one of these tables, or a
   * warning on one of these columns, names this indicator (data.md §7 `indicators`); the DfE
   * rules' link to indicators derives from it too. A local indicator without it is named by none.
   */
  reads?: IndicatorReads;
  /** Columns read only for `breakdowns`: a warning on one names the indicator, an error in the table does not. */
  breakdownReads?: IndicatorReads;
  /** Target when the config gives none (A1/A10 426, A2 121), else null. */
  defaultTarget: number | null;
  compute(context: IndicatorContext): Measurement;
  /**
   * Profile breakdowns of the measured children (indicators.md §4, cla-count only):
   * `{ breakdown: { key: count } }`. The scorecard adds them when asked.
   */
  breakdowns?(context: IndicatorContext, members: Members): Record<string, Record<string, number>>;
}

/**
 * @example
 * ```ts
 * titleOf(findIndicator(BUILT_IN_INDICATORS, "adoption-a1-within-threshold"), DEFAULT_OPTIONS);
 * // "Adopted children who moved in with their adopters within 426 days of entering care"
 * ```
 */
export function titleOf(definition: IndicatorDefinition, options: ScorecardOptions): string {
  return typeof definition.title === "function" ? definition.title(options) : definition.title;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sort ids as text, remove duplicates: the form `members` lists use. */
export function sortedIds(ids: Iterable<string>): string[] {
  const list = Array.isArray(ids) ? (ids as readonly string[]) : [...ids];
  // Lists are mostly built in cohort order, already sorted and distinct: one pass, no sort.
  if (isStrictlyAscending(list)) return list.slice();
  return [...new Set(list)].sort(compareIds);
}

/** isSorted(list, compareIds, true) without a call per pair: every list of members passes through it. */
function isStrictlyAscending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i += 1) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/**
 * @example
 * ```ts
 * export const seenAlone = defineIndicator({
 *   id: "local-seen-alone", title: "Children seen alone at their last visit", unit: "percent", polarity: "higher-is-better",
 *   theme: "timeliness", period: { kind: "snapshot", lookback: "6 weeks" }, cohort: "Children in care at R with a visit in the last 6 weeks.",
 *   numerator: "Those seen alone at the latest visit.", data: "visits: VISIT_DATE SEEN_ALONE", switches: [], defaultTarget: 90,
 *   needs: ["episodes", "visits"], // without either: not computable, "needs visits.csv"
 *   reads: { episodes: ["CHILD", "DECOM", "DEC", "LS"], visits: ["CHILD", "VISIT_DATE", "SEEN_ALONE"] },
 *   compute(context) {
 *     const members = new MembersBuilder();
 *     const { children, visits } = context.cohort; // visits: columns by cohort position
 *     children.forEach((child, position) => {
 *       if (!isLookedAfterOn(context.history.of(child), context.asAt)) return;
 *       const last = visits.of(position, child.childId).at(-1);
 *       if (last) members.include(child.childId, last.seenAlone === "Y");
 *     });
 *     return members.percent();
 *   },
 * });
 * ```
 */
export function defineIndicator(definition: IndicatorDefinition): IndicatorDefinition {
  const { needs, compute } = definition;
  if (needs === undefined || needs.length === 0) return definition;
  return {
    ...definition,
    compute: (context) => missingTables(context, needs) ?? compute(context),
  };
}
