import type { TableRecords } from "./records.js";
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
    header: [], episodes: [], reviews: [], uasc: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [],
    previous_permanence: [], missing: [], sw_episodes: [], visits: [], health_assessments: [], peps: [], pathway_plans: [],
  };
}
