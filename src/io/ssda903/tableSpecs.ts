import { type Day, ukFromDay, dayFromYmd } from "../../dates/day.js";
import type { TableRecords } from "../../model/records.js";
import { TABLES, type TableName } from "../../model/tables.js";
import { type ColumnDeclaration, type ColumnType, TABLE_COLUMNS } from "../../model/columns.js";
import { RECORD_BUILDERS, type Row, type Value, positions } from "../../model/recordBuilders.js";

/**
 * What the CSV reader knows of each table: its columns (declared once in src/model/columns.ts,
 * data.md §4 and §6), the episodes' own record checks, and the builder that makes the typed
 * record (src/model/recordBuilders.ts, shared with the sheets). R = required column: absent →
 * missing-column; a blank or bad value rejects the record unless `blankAllowed`.
 */
export type { ColumnType, Row, Value };
/** A column as the reader checks it; its code list (if any) is looked up in src/model/codeLists.ts. */
export type ColumnSpec<N extends string = string> = ColumnDeclaration<N>;

/** Reports from a table's own record checks (episodes). */
export interface RecordCheckContext {
  error(code: "end-before-start" | "missing-value", column: string | null, message: string): void;
  warning(code: "reason-on-open-episode" | "missing-reason" | "code-not-in-year", column: string | null, message: string | (() => string)): void;
}

export interface TableSpec<T extends TableName = TableName> {
  table: T;
  columns: readonly ColumnSpec[];
  /** Cross-column checks of one record; may blank values of `row` in place. */
  check?: (row: Value[], context: RecordCheckContext) => void;
  /** The typed record of a checked row; `readOrder` is numbered later. */
  build: (row: Row, file: string, line: number) => TableRecords[T][number];
}

/** Each column's position in the episodes row, for its record checks. */
const E = positions(TABLE_COLUMNS.episodes);

/** PLACE P2 (independent living) was withdrawn on 28/10/2023 (data.md §5). */
const P2_LAST_DAY = dayFromYmd(2023, 10, 28);

function checkEpisode(row: Value[], context: RecordCheckContext): void {
  const start = row[E.DECOM] as Day;
  const end = row[E.DEC] as Day | null;
  const reason = row[E.REC] as string | null;
  if (end !== null && end < start) {
    context.error("end-before-start", "DEC", `DEC ${ukFromDay(end)} is before DECOM ${ukFromDay(start)}`);
  }
  if (row[E.PLACE] === "P2" && start > P2_LAST_DAY) {
    context.warning("code-not-in-year", "PLACE", () => `PLACE P2 is not used after 28/10/2023 but starts ${ukFromDay(start)}`);
  }
  if (end === null && reason !== null) {
    context.warning("reason-on-open-episode", "REC", () => `REC ${reason} on an open episode (DEC blank) is ignored`);
    row[E.REC] = null;
    return;
  }
  if (end !== null && reason === null) context.warning("missing-reason", "REC", () => `DEC ${ukFromDay(end)} has a blank REC`);
}

/** Every table's columns and record builder; episodes add their own record checks. */
function specOf<T extends TableName>(table: T): TableSpec<T> {
  const spec: TableSpec<T> = { table, columns: TABLE_COLUMNS[table], build: RECORD_BUILDERS[table] };
  if (table === "episodes") spec.check = checkEpisode;
  return spec;
}

export const TABLE_SPECS = Object.fromEntries(TABLES.map((table) => [table, specOf(table)])) as { readonly [T in TableName]: TableSpec<T> };
