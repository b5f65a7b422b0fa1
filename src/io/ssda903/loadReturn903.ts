import { buildCohort } from "../../history/buildCohort.js";
import { adoptionIntervalIssues } from "../../indicators/adoption/intervalChecks.js";
import type { Cohort } from "../../model/cohort.js";
import { compareIssues, type DataQuality } from "../../model/issue.js";
import type { Return903 } from "../../model/return903.js";
import { type Files903, type ParseReturn903Options, parseReturn903 } from "./parseReturn903.js";

/**
 * Reads a 903 file map (path → text or bytes) and stitches it into a cohort: the library's
 * in-memory entry (interface.md §8). Pure; never throws on bad data. The core's cross-record
 * warnings join the reader's issues in one sorted list.
 */
export function loadReturn903(files: Files903, options: ParseReturn903Options = {}): { cohort: Cohort; dataQuality: DataQuality } {
  return stitchReturn903(parseReturn903(files, options));
}

/**
 * The second half of `loadReturn903`, for callers that want the file contents freed before
 * stitching (a national folder's bytes are tens of MB).
 */
export function stitchReturn903(parsed: { return903: Return903; dataQuality: DataQuality }): { cohort: Cohort; dataQuality: DataQuality } {
  const { return903, dataQuality } = parsed;
  const { cohort, issues } = buildCohort(return903);
  const all = [...dataQuality.issues, ...issues, ...adoptionIntervalIssues(cohort)].sort(compareIssues);
  return { cohort, dataQuality: { files: dataQuality.files, issues: all } };
}
