import type { ScorecardOptionsInput } from "../model/options.js";
import { collectionYearEnd } from "../dates/collectionYear.js";
import { isoFromDay } from "../dates/day.js";
import { buildCohort } from "../history/buildCohort.js";
import { NO_DAY } from "../model/childRows.js";
import type { Cohort } from "../model/cohort.js";
import { compareText } from "../model/issue.js";
import type { CollectionYearReturn, Return903 } from "../model/return903.js";
import { createRun } from "./run.js";

/** The year-end figures the DfE computes from each year's return alone (indicators.md §1.5). */
export const RECONCILED_INDICATORS = ["cla-count", "starts-count", "ends-count", "placements-3plus"] as const;
export type ReconciledIndicator = (typeof RECONCILED_INDICATORS)[number];

/**
 * Why a child counts in one figure and not the other:
 * - `stale-open-episode`: the folder counts the child through an episode left open in an
 *   earlier return, which this year's return does not hold (only under `staleOpenEpisodes`
 *   `keep` or `close`: the default cuts it at its own year's end);
 * - `corrected-by-later-return`: a later year's return holds one of the child's episodes of this
 *   year (same CHILD and DECOM) with other values, or episodes this year's return does not;
 *   the later return wins in the folder;
 * - `missing-from-own-return`: the child has no episode in this year's return, yet a later
 *   return repeats an episode open in this year (the folder counts it, the DfE's year did not);
 * - `earlier-history`: the same rows for this year, read with the earlier years' episodes
 *   (a start of care, periods or placements that only the longer history shows).
 */
export type ReconciliationReason = "stale-open-episode" | "corrected-by-later-return" | "missing-from-own-return" | "earlier-history";

export interface ReconciliationChild {
  child: string;
  reason: ReconciliationReason;
}

/** One indicator at one year's 31 March: the year's own return beside the whole folder. */
export interface YearReconciliation {
  /** Collection year, `2022-23`. */
  year: string;
  /** Its 31 March, ISO. */
  asAt: string;
  id: ReconciledIndicator;
  /** The numerator from this year's return alone (what the DfE publishes). */
  ownReturn: number;
  /** The numerator from every year of the folder. */
  allYears: number;
  /** Every child counted in one and not the other, by id. */
  children: ReconciliationChild[];
}

export interface ReconcileOptions {
  /** Options of indicators.md §5 (the defaults for the rest), as the report would use them. */
  options?: ScorecardOptionsInput;
  /** The whole input already stitched (`buildCohort(input).cohort`), so it is not stitched again. */
  cohort?: Cohort;
}

/**
 * For every collection year of a multi-year input, cla-count, starts-count, ends-count and
 * placements-3plus at that year's 31 March (period: the year to it) from the year's return alone
 * and from the whole folder, with each child that differs and why. A single return of unknown
 * year has nothing to reconcile: an empty list. Pure; the input is not changed.
 *
 * @example
 * ```ts
 * const { return903 } = parseReturn903(files);
 * for (const row of reconcileYears(return903)) console.log(row.year, row.id, row.ownReturn, row.allYears);
 * ```
 */
export function reconcileYears(input: Return903, settings: ReconcileOptions = {}): YearReconciliation[] {
  const config = { options: settings.options ?? {} };
  const folder = createRun(settings.cohort ?? buildCohort(input).cohort, { period: "year", config });
  const staleChildren = staleChildrenOf(folder.cohort);
  const out: YearReconciliation[] = [];
  input.years.forEach((year, yearIndex) => {
    if (year.endYear === null || year.label === null) return;
    const own = createRun(buildCohort({ years: [year] }).cohort, { period: "year", config });
    const asAt = collectionYearEnd(year.endYear);
    const evidence = new YearEvidence(input, yearIndex, asAt, staleChildren);
    for (const id of RECONCILED_INDICATORS) {
      const ownIds = numeratorOf(own, id, asAt);
      const allIds = numeratorOf(folder, id, asAt);
      const children = symmetricDifference(ownIds, allIds).map((child) => ({ child, reason: evidence.reasonFor(child) }));
      out.push({ year: year.label, asAt: isoFromDay(asAt), id, ownReturn: ownIds.length, allYears: allIds.length, children });
    }
  });
  return out;
}

function numeratorOf(run: ReturnType<typeof createRun>, id: ReconciledIndicator, asAt: ReturnType<typeof collectionYearEnd>): string[] {
  const definition = run.registry.find((d) => d.id === id)!;
  const { measurement } = run.measure(definition, asAt);
  return measurement.kind === "measured" ? measurement.members.numerator : [];
}

/** Ids in exactly one of two lists sorted as text, sorted as text. */
function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((id) => !inB.has(id)), ...b.filter((id) => !inA.has(id))].sort(compareText);
}

/** What the rows of one year, the later years and the stitched folder say of a child. */
class YearEvidence {
  /** The year's own episode rows by child: DECOM → the row's DEC and REC. */
  private readonly own = new Map<string, Map<number, string>>();
  /** Later years' episode rows by child, likewise (the latest year holding a key wins). */
  private readonly later = new Map<string, Map<number, string>>();

  constructor(
    input: Return903,
    yearIndex: number,
    private readonly yearEnd: number,
    private readonly staleChildren: ReadonlySet<string>,
  ) {
    fileEpisodes(this.own, input.years[yearIndex]!, yearEnd);
    for (const year of input.years.slice(yearIndex + 1)) fileEpisodes(this.later, year, yearEnd);
  }

  reasonFor(childId: string): ReconciliationReason {
    const own = this.own.get(childId);
    const later = this.later.get(childId);
    if (own === undefined) return later === undefined && this.staleChildren.has(childId) ? "stale-open-episode" : "missing-from-own-return";
    if (later !== undefined) {
      for (const [start, values] of later) {
        if (start > this.yearEnd) continue;
        if (own.get(start) !== values) return "corrected-by-later-return";
      }
    }
    return "earlier-history";
  }
}

/**
 * Each episode row as this year's return should show it: a DEC after the year's 31 March is
 * still blank then (a later return closing an episode open at the year end corrects nothing).
 */
function fileEpisodes(into: Map<string, Map<number, string>>, year: CollectionYearReturn, yearEnd: number): void {
  // Read off the columns: a record per row here was a national return's episodes made again as objects.
  const { columns: c, codes } = year.records.episodes;
  year.records.episodes.eachRun((childId, first, end) => {
    let byStart = into.get(childId);
    if (byStart === undefined) into.set(childId, (byStart = new Map()));
    for (let k = first; k < end; k += 1) {
      const closedByYearEnd = c.end[k] !== NO_DAY && c.end[k]! <= yearEnd;
      const values = `${closedByYearEnd ? c.end[k] : ""}|${closedByYearEnd ? (codes[c.endReason[k]!] ?? "") : ""}|${codes[c.reasonForNewEpisode[k]!]}|${codes[c.legalStatus[k]!]}|${codes[c.placementType[k]!]}`;
      byStart.set(c.start[k]!, values);
    }
  });
}

/** The ids of the children with a stale open episode (data.md §4). */
function staleChildrenOf(cohort: Cohort): Set<string> {
  const { first, columns } = cohort.episodes;
  const stale = new Set<string>();
  cohort.children.forEach((child, position) => {
    for (let row = first[position]!; row < first[position + 1]!; row += 1) if (columns.stale[row] === 1) stale.add(child.childId);
  });
  return stale;
}
