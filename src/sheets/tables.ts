import type { TableRecord } from "../model/records.js";
import type { TableName } from "../model/tables.js";
import { CODE_LISTS } from "../model/codeLists.js";
import { RECORD_BUILDERS, type RecordBuilder, type Value } from "../model/recordBuilders.js";
import { checkEpisode } from "../model/recordChecks.js";
import { CODE_LISTS_WITH_ZERO, type ColumnDeclaration, type ColumnType, TABLE_COLUMNS } from "../model/columns.js";
import { type Read, isBlankCell, readChoice, readCode, readDay, readFlag, readId, readInteger, readText, trimText } from "./cells.js";
import { SheetError } from "./errors.js";

/**
 * A pasted 903 table (a range whose first row holds the 903 column names, any case and order)
 * turned into the model's typed records, by the same column declarations as the CSV reader
 * (src/model/columns.ts): each column's type gives its cell reader and its record field. A row
 * with a bad value, or a blank one, in a column every record needs is skipped and counted; a
 * bad value in an optional column reads as blank. Absent optional columns read as blank.
 * Blank rows (common when a whole column like A:M is passed) are ignored, not counted. The
 * model's record schemas check, in the tests, that every record made here fits the model.
 */
type Reader = (cell: unknown) => Read<unknown>;

interface Column {
  /** The 903 column name, upper case. */
  name: string;
  field: string;
  read: Reader;
  /** The header must have it, and a row's value may not be blank (the model needs it in every record). */
  required: boolean;
}

export interface SheetTable {
  table: SheetTableName;
  columns: readonly Column[];
  /** The table's own rules on a row whose values all read, before its record is built (the open-episode REC); false rejects it. */
  check?: (row: Value[]) => boolean;
}

/** The tables a sheet can pass, in argument order after header and episodes. */
export const SHEET_TABLES = [
  "header", "episodes", "reviews", "uasc", "oc2", "oc3", "ad1", "missing", "visits", "health_assessments", "peps", "pathway_plans",
  "placed_for_adoption",
] as const satisfies readonly TableName[];
export type SheetTableName = (typeof SHEET_TABLES)[number];

/**
 * A column's cell reader, from its declared type (src/model/columns.ts). A code in a column
 * every record needs must be on its list (in some year), as the CSV reader requires; an
 * optional column keeps an unknown code as given.
 */
function readerOf(type: ColumnType, needed: boolean): Reader {
  switch (type.kind) {
    case "id":
      return readId;
    case "text":
      return readText;
    case "code": {
      const zeroIsCode = CODE_LISTS_WITH_ZERO.includes(type.list);
      if (!needed) return (c) => readCode(c, zeroIsCode);
      const codes = CODE_LISTS[type.list];
      return (c) => {
        const read = readCode(c, zeroIsCode);
        return read.ok && read.value !== null && !codes.has(read.value) ? { ok: false, reason: `${read.value} is not a ${type.list} code` } : read;
      };
    }
    case "date":
      return readDay;
    case "flag":
      return readFlag;
    case "integer":
      return (c) => readInteger(c, type.min, type.max);
    case "choice":
      return (c) => readChoice(c, type.values);
  }
}

/**
 * A table's sheet columns. The header must hold a column the model needs in every record: a
 * required one whose value may not be blank (DEC and REC may be blank, so may be absent).
 */
function columnsOf(table: SheetTableName): Column[] {
  return TABLE_COLUMNS[table].map((c: ColumnDeclaration) => {
    const required = c.required && !c.blankAllowed;
    return { name: c.name, field: c.field, read: readerOf(c.type, required), required };
  });
}

/**
 * The episodes' own rules, as the CSV reader applies them (src/model/recordChecks.ts): an error
 * rejects the row; a warning has nowhere to go in a cell and is dropped.
 */
function episodePasses(row: Value[]): boolean {
  let passes = true;
  checkEpisode(row, { error: () => (passes = false), warning: () => {} });
  return passes;
}

/** A table's sheet columns and own rules. Defaults such as a visit's blank VISIT_TYPE (statutory) and SEEN (Y) are the record builder's, as for a CSV (data.md §6). */
function specOf(table: SheetTableName): SheetTable {
  const spec: SheetTable = { table, columns: columnsOf(table) };
  if (table === "episodes") spec.check = episodePasses;
  return spec;
}

export const SHEET_TABLE_SPECS = Object.fromEntries(SHEET_TABLES.map((table) => [table, specOf(table)])) as { readonly [T in SheetTableName]: SheetTable };

export interface TableRead<T extends SheetTableName = SheetTableName> {
  records: TableRecord<T>[];
  /** Non-blank data rows that did not make a valid record. */
  skipped: number;
  /** Non-blank data rows. */
  rows: number;
}

/** A host range: rows of cells. A single cell (not a range) is not a table. */
export function isRange(argument: unknown): argument is unknown[][] {
  return Array.isArray(argument) && argument.every((row) => Array.isArray(row));
}

/**
 * Read one pasted table. `readOrderStart` numbers records across tables in argument order.
 * @throws SheetError (invalid-value) when the range has no header row or misses a column the
 * model requires, or (not-available) when it has data rows and none of them is usable.
 */
export function readSheetTable<T extends SheetTableName>(table: T, range: unknown[][], readOrderStart = 0): TableRead<T> {
  const spec = SHEET_TABLE_SPECS[table];
  const headerRow = range[0] ?? [];
  const names = headerRow.map((cell) => (typeof cell === "string" ? trimText(cell).toUpperCase() : ""));
  const positions = spec.columns.map((column) => names.indexOf(column.name));
  if (names.every((n) => n === "")) throw new SheetError("invalid-value", `the ${table} range has no header row of 903 column names`);
  const absent = spec.columns.filter((column, i) => column.required && positions[i]! < 0).map((c) => c.name);
  if (absent.length > 0) throw new SheetError("invalid-value", `the ${table} range has no ${absent.join(", ")} column${absent.length > 1 ? "s" : ""}`);

  const build = RECORD_BUILDERS[table] as RecordBuilder<SheetTableName>;
  const records: TableRecord<SheetTableName>[] = [];
  const values: Value[] = spec.columns.map(() => null);
  let rows = 0;
  let skipped = 0;
  for (let r = 1; r < range.length; r += 1) {
    const cells = range[r]!;
    if (cells.every(isBlankCell)) continue;
    rows += 1;
    let usable = true;
    for (let i = 0; i < spec.columns.length; i += 1) {
      const column = spec.columns[i]!;
      const at = positions[i]!;
      const read = at < 0 ? ({ ok: true, value: null } as const) : column.read(cells[at]);
      // A bad value in an optional column is blanked (data.md §3); in a needed one, or a blank there, the row is skipped.
      const value = read.ok ? (read.value as Value) : null;
      if (column.required && value === null) usable = false;
      values[i] = value;
    }
    if (usable && (spec.check?.(values) ?? true)) {
      const record = build(values, table, r + 1);
      record.readOrder = readOrderStart + records.length;
      records.push(record);
    } else skipped += 1;
  }
  if (rows > 0 && records.length === 0) {
    throw new SheetError("not-available", `no usable rows in the ${table} range: ${skipped} row${skipped === 1 ? "" : "s"} skipped`);
  }
  return { records: records as TableRecord<T>[], skipped, rows };
}
