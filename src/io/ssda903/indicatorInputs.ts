import { INDICATOR_IDS, type IndicatorId } from "../../indicators/ids.js";
import { indicatorReaders } from "../../indicators/readers.js";
import { BUILT_IN_INDICATORS } from "../../indicators/registry.js";
import type { TableName } from "../../model/tables.js";

/**
 * Which indicators an issue can distort (data.md §7 `indicators`), derived from what each
 * built-in indicator declares it reads (`reads`, `breakdownReads`), in registry order.
 *
 * - An error names every indicator that reads the file's table: `TABLE_INDICATORS`.
 * - A warning names the indicators reading its column (data.md §4 "used by"), breakdowns
 *   included: `COLUMN_INDICATORS`.
 */
export { INDICATOR_IDS, type IndicatorId };

const READERS = indicatorReaders(BUILT_IN_INDICATORS);
/** Errors: the indicators reading each table. uasc.csv is read by none (only `excludeUasc` consults it). */
export const TABLE_INDICATORS: Record<TableName, readonly string[]> = READERS.byTable;
/** Warnings: the indicators reading each column. A column not listed is read by none. */
export const COLUMN_INDICATORS: Record<TableName, Readonly<Record<string, readonly string[]>>> = READERS.byColumn;

/**
 * The `indicators` of an issue in `table`: by table for errors, by column for warnings. Issues
 * share one array per answer (a million rejected rows need not hold a million copies), so
 * callers must not mutate it.
 */
export function indicatorsFor(table: TableName | null, severity: "error" | "warning", column: string | null): string[] {
  if (table === null) return NONE;
  const byTable = severity === "error" || column === null;
  const key = byTable ? table : `${table}\u0000${column}`;
  let ids = shared.get(key);
  if (ids === undefined) {
    ids = [...(byTable ? TABLE_INDICATORS[table] : (COLUMN_INDICATORS[table][column!] ?? []))];
    shared.set(key, ids);
  }
  return ids;
}
const NONE: string[] = [];
const shared = new Map<string, string[]>();
