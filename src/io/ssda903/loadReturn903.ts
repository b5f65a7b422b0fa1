import { assertObject } from "../../errors.js";
import { buildCohort } from "../../history/buildCohort.js";
import { adoptionIntervalIssues } from "../../history/adoptionIntervals.js";
import type { Cohort } from "../../model/cohort.js";
import { compareIssues, type DataQuality } from "../../model/issue.js";
import type { Return903 } from "../../model/return903.js";
import { type YearReconciliation, reconcileYears } from "../../scorecard/reconcile.js";
import { COLUMN_INDICATORS, TABLE_INDICATORS } from "./indicatorInputs.js";
import { type Files903, type ParseReturn903Options, parseReturn903 } from "./parseReturn903.js";

export interface LoadReturn903Options extends ParseReturn903Options {
  /** Also reconcile every year's own return with the whole folder (`reconciliation`; indicators.md §1.5), as `validate` does. */
  reconcile?: boolean;
}

export interface LoadedReturn903 {
  cohort: Cohort;
  dataQuality: DataQuality;
  /** With `reconcile: true` only. */
  reconciliation?: YearReconciliation[];
}

/**
 * Reads a 903 file map (path → text or bytes) and stitches it into a cohort: the library's
 * in-memory entry (interface.md §8). Pure; never throws on bad data. The core's cross-record
 * warnings join the reader's issues in one sorted list.
 *
 * @example
 * ```ts
 * const { cohort, dataQuality } = loadReturn903({
 *   "2018-19/header.csv": headerCsvText,
 *   "2018-19/episodes.csv": episodesCsvText,
 * });
 * console.log(cohort.children.length, dataQuality.issues.length);
 * ```
 */
export function loadReturn903(files: Files903, options: LoadReturn903Options = {}): LoadedReturn903 {
  assertObject(files, "files (a map of relative paths to CSV text or bytes)");
  assertObject(options, "loadReturn903 options");
  return stitchReturn903(parseReturn903(files, options), options);
}

/**
 * The second half of `loadReturn903`, for callers that want the file contents freed before
 * stitching (a national folder's bytes are tens of MB).
 */
export function stitchReturn903(parsed: { return903: Return903; dataQuality: DataQuality }, options: { reconcile?: boolean } = {}): LoadedReturn903 {
  const { return903, dataQuality } = parsed;
  // Without reconciliation nothing reads the return after stitching: let its rows go as the cohort is built.
  const { cohort, issues } = buildCohort(return903, { consume: !options.reconcile, episodeReaders: TABLE_INDICATORS.episodes });
  const all = [...dataQuality.issues, ...issues, ...adoptionIntervalIssues(cohort, COLUMN_INDICATORS.ad1.DATE_MATCH ?? [])].sort(compareIssues);
  const loaded: LoadedReturn903 = { cohort, dataQuality: { files: dataQuality.files, issues: all } };
  if (options.reconcile) loaded.reconciliation = reconcileYears(return903, { cohort });
  return loaded;
}
