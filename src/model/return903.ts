import { DatedRows, HEALTH_ASSESSMENT_CODEC, PEP_CODEC, REVIEW_CODEC, VISIT_CODEC } from "./childRows.js";
import type { RecordLists, TableRecords } from "./records.js";
import type { TableName } from "./tables.js";

/**
 * One collection year's return as read: the records of every table that had a usable file.
 * `label` is `"2018-19"` and `endYear` 2019; both are null for a single return whose year is
 * unknown (data.md §1).
 */
export interface CollectionYearReturn {
  label: string | null;
  endYear: number | null;
  /** Tables that had a usable file in this year (absent, unreadable or unused files are not listed). */
  tables: TableName[];
  records: TableRecords;
}

/** Every year of input, oldest first: what the core stitches into a cohort (indicators.md §1.5). */
export interface Return903 {
  years: CollectionYearReturn[];
}

export function emptyTableRecords(): TableRecords {
  return {
    header: [], episodes: [], reviews: DatedRows.empty(REVIEW_CODEC), uasc: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [],
    previous_permanence: [], missing: [], sw_episodes: [], visits: DatedRows.empty(VISIT_CODEC), health_assessments: DatedRows.empty(HEALTH_ASSESSMENT_CODEC),
    peps: DatedRows.empty(PEP_CODEC), pathway_plans: [],
  };
}

/**
 * A year's `TableRecords` from lists of records, as a return built by hand (the spreadsheet
 * functions, tests) holds them: the dated tables become columns (`DatedRows.of`); absent tables are empty.
 *
 * @example
 * ```ts
 * const records = tableRecordsOf({ episodes: [episode], visits: [visit] });
 * buildCohort({ years: [{ label: null, endYear: null, tables: ["episodes", "visits"], records }] });
 * ```
 */
export function tableRecordsOf(lists: Partial<RecordLists>): TableRecords {
  const { visits, health_assessments, reviews, peps, ...others } = lists;
  return {
    ...emptyTableRecords(),
    ...others,
    ...(visits && { visits: DatedRows.of(VISIT_CODEC, visits) }),
    ...(health_assessments && { health_assessments: DatedRows.of(HEALTH_ASSESSMENT_CODEC, health_assessments) }),
    ...(reviews && { reviews: DatedRows.of(REVIEW_CODEC, reviews) }),
    ...(peps && { peps: DatedRows.of(PEP_CODEC, peps) }),
  };
}
