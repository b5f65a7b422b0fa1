import { DATED_TABLES, type DatedColumns, type DatedRecord, DatedRows, type DatedTableName } from "../../model/childRows.js";
import type { DataIssue, FileAccount } from "../../model/issue.js";
import type { TableRecords } from "../../model/records.js";
import type { TableName } from "../../model/tables.js";
import type { TableRead } from "./readTable.js";

/**
 * A `TableRead` as plain data, to pass to another thread (`postMessage`): a dated table's
 * columns go by their buffers (transferred, not copied), other tables' records as they are.
 * A dated table's codec is named by its table, as functions cannot be passed.
 */
export interface TableReadParts {
  records:
    | { kind: "dated"; table: DatedTableName; runIds: readonly string[]; runEnds: Float64Array; columns: DatedColumns; files: readonly string[] }
    | { kind: "records"; records: unknown[] };
  account: FileAccount;
  issues: DataIssue[];
  used: boolean;
}

/** The buffers behind COLUMNS, each once (a buffer may be given only once to transfer). */
function buffersOf(columns: readonly (Float64Array | Int32Array | Uint8Array | Uint16Array | null)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of columns) if (column !== null) buffers.add(column.buffer as ArrayBuffer);
  return [...buffers];
}

/** READ of TABLE as parts, and the buffers to transfer with them (the sender gives them up). */
export function tableReadParts(table: TableName, read: TableRead): { parts: TableReadParts; transfer: ArrayBuffer[] } {
  const { account, issues, used } = read;
  const rows = read.records;
  if (rows instanceof DatedRows) {
    const { runIds, runEnds, files, date, code, secondDay, text, line, readOrder, fileOf } = rows;
    const columns: DatedColumns = { date, code, secondDay, text, line, readOrder, fileOf };
    const records = { kind: "dated" as const, table: table as DatedTableName, runIds, runEnds, columns, files };
    return { parts: { records, account, issues, used }, transfer: buffersOf([runEnds, date, code, secondDay, line, readOrder, fileOf]) };
  }
  if (!Array.isArray(rows)) throw new TypeError(`the ${table} rows are columns that cannot be passed to another thread`);
  return { parts: { records: { kind: "records", records: rows }, account, issues, used }, transfer: [] };
}

/**
 * The `TableRead` that PARTS were made from. `shareId` gives each child id as the receiver's
 * other files hold it (`SharedIds.of`), so that a child is one string whichever thread read it.
 */
export function tableReadOf(parts: TableReadParts, shareId: (id: string) => string): TableRead {
  const { account, issues, used } = parts;
  const rows = parts.records;
  if (rows.kind === "records") return { records: rows.records as TableRecords[TableName], account, issues, used };
  const runIds = rows.runIds.map(shareId);
  const codec = DATED_TABLES[rows.table] as (typeof DATED_TABLES)[DatedTableName];
  const records = new DatedRows<DatedRecord>(codec as never, runIds, rows.runEnds, rows.columns, rows.files);
  return { records: records as unknown as TableRecords[TableName], account, issues, used };
}
