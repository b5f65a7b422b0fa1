import { DATED_TABLES, type DatedRecord, DatedRows, type DatedTableName, type RowCodec } from "./childRows.js";
import { EpisodeRows } from "./episodeRows.js";
import { HeaderRows } from "./headerRows.js";
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
    header: HeaderRows.empty(), episodes: EpisodeRows.empty(), reviews: DatedRows.empty(DATED_TABLES.reviews), uasc: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [],
    previous_permanence: [], missing: [], sw_episodes: [], visits: DatedRows.empty(DATED_TABLES.visits),
    health_assessments: DatedRows.empty(DATED_TABLES.health_assessments), peps: DatedRows.empty(DATED_TABLES.peps), pathway_plans: [],
  };
}

/**
 * A year's `TableRecords` from lists of records, as a return built by hand (the spreadsheet
 * functions, tests) holds them: the dated tables, the episodes and the header become columns
 * (`DatedRows.of`, `EpisodeRows.of`, `HeaderRows.of`); absent tables are empty.
 *
 * @example
 * ```ts
 * const records = tableRecordsOf({ episodes: [episode], visits: [visit] });
 * buildCohort({ years: [{ label: null, endYear: null, tables: ["episodes", "visits"], records }] });
 * ```
 */
export function tableRecordsOf(lists: Partial<RecordLists>): TableRecords {
  const records = { ...emptyTableRecords(), ...lists } as Record<TableName, unknown>;
  for (const table of Object.keys(DATED_TABLES) as DatedTableName[]) {
    const list = lists[table];
    if (list !== undefined) records[table] = DatedRows.of(DATED_TABLES[table] as RowCodec<DatedRecord>, list);
  }
  if (lists.header !== undefined) records.header = HeaderRows.of(lists.header);
  if (lists.episodes !== undefined) records.episodes = EpisodeRows.of(lists.episodes);
  return records as unknown as TableRecords;
}
