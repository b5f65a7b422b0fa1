import type * as z from "zod/mini";
import {
  ad1RecordSchema, episodeRecordSchema, headerRecordSchema, healthAssessmentRecordSchema, missingRecordSchema, oc2RecordSchema,
  oc3RecordSchema, pathwayPlanRecordSchema, pepRecordSchema, placedForAdoptionRecordSchema, reviewRecordSchema, uascRecordSchema,
  visitRecordSchema,
} from "../model/records.js";
import type { TableRecords } from "../model/records.js";
import type { TableName } from "../model/tables.js";
import { CODE_LISTS_WITH_ZERO, type ColumnDeclaration, type ColumnType, TABLE_COLUMNS } from "../model/columns.js";
import { type Read, isBlankCell, readChoice, readCode, readDay, readFlag, readId, readInteger, readText, trimText } from "./cells.js";
import { SheetError } from "./errors.js";

/**
 * A pasted 903 table (a range whose first row holds the 903 column names, any case and order)
 * turned into the model's typed records. Each column maps to one record field; the record is
 * then checked with the model's zod schema, and a row that fails it (a blank or bad value in a
 * column the model requires) is skipped and counted. Absent optional columns read as blank.
 * Blank rows (common when a whole column like A:M is passed) are ignored, not counted.
 */
type Reader = (cell: unknown) => Read<unknown>;

interface Column {
  /** The 903 column name, upper case. */
  name: string;
  field: string;
  read: Reader;
  /** The header must have it (the model needs it in every record). */
  required: boolean;
}

export interface SheetTable {
  table: SheetTableName;
  columns: readonly Column[];
  schema: z.ZodMiniType;
  /** Table rules applied before the schema check (defaults, the open-episode REC). */
  finish?: (record: Record<string, unknown>) => void;
}

/** The tables a sheet can pass, in argument order after header and episodes. */
export const SHEET_TABLES = [
  "header", "episodes", "reviews", "uasc", "oc2", "oc3", "ad1", "missing", "visits", "health_assessments", "peps", "pathway_plans",
  "placed_for_adoption",
] as const satisfies readonly TableName[];
export type SheetTableName = (typeof SHEET_TABLES)[number];

/** A column's cell reader, from its declared type (src/model/columns.ts). */
function readerOf(type: ColumnType): Reader {
  switch (type.kind) {
    case "id":
      return readId;
    case "text":
      return readText;
    case "code": {
      const zeroIsCode = CODE_LISTS_WITH_ZERO.includes(type.list);
      return (c) => readCode(c, zeroIsCode);
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
  return TABLE_COLUMNS[table].map((c: ColumnDeclaration) => ({ name: c.name, field: c.field, read: readerOf(c.type), required: c.required && !c.blankAllowed }));
}

export const SHEET_TABLE_SPECS: { [T in SheetTableName]: SheetTable } = {
  header: { table: "header", schema: headerRecordSchema, columns: columnsOf("header") },
  episodes: {
    table: "episodes",
    schema: episodeRecordSchema,
    columns: columnsOf("episodes"),
    // data.md §4: a REC on an open episode is ignored; an end before its start is rejected.
    finish: (r) => {
      if (r.end === null) r.endReason = null;
      else if (typeof r.end === "number" && typeof r.start === "number" && r.end < r.start) r.end = undefined;
    },
  },
  reviews: { table: "reviews", schema: reviewRecordSchema, columns: columnsOf("reviews") },
  uasc: { table: "uasc", schema: uascRecordSchema, columns: columnsOf("uasc") },
  oc2: { table: "oc2", schema: oc2RecordSchema, columns: columnsOf("oc2") },
  oc3: { table: "oc3", schema: oc3RecordSchema, columns: columnsOf("oc3") },
  ad1: { table: "ad1", schema: ad1RecordSchema, columns: columnsOf("ad1") },
  missing: { table: "missing", schema: missingRecordSchema, columns: columnsOf("missing") },
  visits: {
    table: "visits",
    schema: visitRecordSchema,
    columns: columnsOf("visits"),
    // data.md §6: blank VISIT_TYPE = statutory, blank SEEN = Y.
    finish: (r) => {
      r.visitType ??= "statutory";
      r.seen ??= "Y";
    },
  },
  health_assessments: { table: "health_assessments", schema: healthAssessmentRecordSchema, columns: columnsOf("health_assessments") },
  peps: { table: "peps", schema: pepRecordSchema, columns: columnsOf("peps") },
  pathway_plans: { table: "pathway_plans", schema: pathwayPlanRecordSchema, columns: columnsOf("pathway_plans") },
  placed_for_adoption: { table: "placed_for_adoption", schema: placedForAdoptionRecordSchema, columns: columnsOf("placed_for_adoption") },
};

export interface TableRead<T extends SheetTableName = SheetTableName> {
  records: TableRecords[T];
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

  const records: unknown[] = [];
  let rows = 0;
  let skipped = 0;
  for (let r = 1; r < range.length; r += 1) {
    const row = range[r]!;
    if (row.every(isBlankCell)) continue;
    rows += 1;
    const record: Record<string, unknown> = { file: table, line: r + 1, readOrder: readOrderStart + records.length };
    let usable = true;
    spec.columns.forEach((column, i) => {
      const at = positions[i]!;
      const read = at < 0 ? ({ ok: true, value: null } as const) : column.read(row[at]);
      // A bad value in an optional column is blanked (data.md §3); the schema rejects it where required.
      record[column.field] = read.ok ? read.value : column.required ? undefined : null;
      if (!read.ok && column.required) usable = false;
    });
    spec.finish?.(record);
    const parsed = usable ? spec.schema.safeParse(record) : null;
    if (parsed?.success) records.push(parsed.data);
    else skipped += 1;
  }
  if (rows > 0 && records.length === 0) {
    throw new SheetError("not-available", `no usable rows in the ${table} range: ${skipped} row${skipped === 1 ? "" : "s"} skipped`);
  }
  return { records: records as TableRecords[T], skipped, rows };
}
