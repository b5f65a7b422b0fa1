import type { TableRecord } from "../../model/records.js";
import { TABLES, type TableName } from "../../model/tables.js";
import { type ColumnDeclaration, type ColumnType, TABLE_COLUMNS } from "../../model/columns.js";
import { RECORD_BUILDERS, type Row, type Value } from "../../model/recordBuilders.js";
import { type RecordCheckContext, checkEpisode } from "../../model/recordChecks.js";

/**
 * What the CSV reader knows of each table: its columns (declared once in src/model/columns.ts,
 * data.md §4 and §6), the episodes' own record checks, and the builder that makes the typed
 * record (src/model/recordBuilders.ts, shared with the sheets). R = required column: absent →
 * missing-column; a blank or bad value rejects the record unless `blankAllowed`.
 */
export type { ColumnType, RecordCheckContext, Row, Value };
/** A column as the reader checks it; its code list (if any) is looked up in src/model/codeLists.ts. */
export type ColumnSpec<N extends string = string> = ColumnDeclaration<N>;

export interface TableSpec<T extends TableName = TableName> {
  table: T;
  columns: readonly ColumnSpec[];
  /** Cross-column checks of one record; may blank values of `row` in place. */
  check?: (row: Value[], context: RecordCheckContext) => void;
  /** The typed record of a checked row; `readOrder` is numbered later. */
  build: (row: Row, file: string, line: number) => TableRecord<T>;
}

/** Every table's columns and record builder; episodes add their own record checks. */
function specOf<T extends TableName>(table: T): TableSpec<T> {
  const spec: TableSpec<T> = { table, columns: TABLE_COLUMNS[table], build: RECORD_BUILDERS[table] };
  if (table === "episodes") spec.check = checkEpisode;
  return spec;
}

export const TABLE_SPECS = Object.fromEntries(TABLES.map((table) => [table, specOf(table)])) as { readonly [T in TableName]: TableSpec<T> };
