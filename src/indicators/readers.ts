import { TABLES, type TableName } from "../model/tables.js";
import type { IndicatorDefinition } from "./types.js";

/** For each table, the ids of the indicators an error in it distorts; for each column, those a warning on it distorts. */
export interface IndicatorReaders {
  byTable: Record<TableName, readonly string[]>;
  byColumn: Record<TableName, Readonly<Record<string, readonly string[]>>>;
}

/**
 * Which indicators read each table and column, derived from every definition's `reads` and
 * `breakdownReads`, in registry order (data.md §7 `indicators`).
 *
 * @example
 * ```ts
 * indicatorReaders(BUILT_IN_INDICATORS).byColumn.oc3.ACCOM;
 * // ["care-leavers-suitable-accommodation", "care-leavers-unsuitable-accommodation"]
 * ```
 */
export function indicatorReaders(registry: readonly IndicatorDefinition[]): IndicatorReaders {
  const byTable = Object.fromEntries(TABLES.map((t) => [t, [] as string[]])) as Record<TableName, string[]>;
  const byColumn = Object.fromEntries(TABLES.map((t) => [t, {} as Record<string, string[]>])) as Record<TableName, Record<string, string[]>>;
  for (const definition of registry) {
    for (const table of TABLES) {
      const read: readonly string[] = definition.reads?.[table] ?? [];
      const forBreakdowns: readonly string[] = definition.breakdownReads?.[table] ?? [];
      if (read.length > 0) byTable[table].push(definition.id);
      for (const column of new Set([...read, ...forBreakdowns])) (byColumn[table][column] ??= []).push(definition.id);
    }
  }
  return { byTable, byColumn };
}
