import type { Day } from "../../dates/day.js";
import type { DataIssue } from "../../model/issue.js";
import { type DatedRecord, DatedRows } from "../../model/childRows.js";
import { EpisodeRows } from "../../model/episodeRows.js";
import { HeaderRows } from "../../model/headerRows.js";
import { eachChildRun } from "../../model/childIds.js";
import type { TableRecord } from "../../model/records.js";
import type { CollectionYearReturn } from "../../model/return903.js";
import type { TableName } from "../../model/tables.js";
import { type HeaderCursor, HeaderIndex } from "./headerIndex.js";
import { IssueSink } from "./issueSink.js";

/**
 * File-level checks that need more than one record (data.md §4.1 and §7): `duplicate-key`
 * (a later record of a file replaces an earlier one, indicators.md §1.5), `no-header-row`
 * and `dob-mismatch`. The stitched-history warnings (overlaps, X1, stale) are the core's.
 */
type AnyRecord = TableRecord<TableName>;

/** The key of the tables with one record per child: `duplicateKeys` walks their files' runs instead of hashing. */
export const byChild = (r: { childId: string }): string => r.childId;

/** Key of "one record per …" for tables where a later row replaces an earlier one (the header's, one per child, are its columns: `repeatedHeaders`). */
const REPLACING_KEYS: Partial<Record<TableName, (r: never) => string>> = {
  uasc: byChild,
  ad1: byChild,
  oc2: byChild,
  oc3: byChild,
  missing: (r: TableRecord<"missing">) => `${r.childId}\u0000${r.kind}\u0000${r.start}`,
  placed_for_adoption: (r: TableRecord<"placed_for_adoption">) => `${r.childId}\u0000${r.datePlaced}`,
};

/** Tables whose people are expected to lack a header record (care leavers, data.md §6). */
const NO_HEADER_EXPECTED = new Set<TableName>(["header", "pathway_plans"]);

export function crossRecordIssues(years: readonly CollectionYearReturn[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const headers = HeaderIndex.of(years);
  const anyHeader = years.some((year) => year.tables.includes("header"));
  for (const year of years) {
    for (const table of year.tables) {
      const rows = year.records[table];
      if (rows.length === 0) continue;
      const checkHeader = anyHeader && !NO_HEADER_EXPECTED.has(table);
      if (rows instanceof HeaderRows) {
        // The header expects no header row of its own and its DOB is the one compared with.
        const sink = new IssueSink(rows.files[0]!, table);
        repeatedHeaders(rows, sink);
        for (const issue of sink.list()) issues.push(issue);
        continue;
      }
      if (rows instanceof DatedRows || rows instanceof EpisodeRows) {
        // The episodes and the dated tables have no replacing key (a child has many rows); of them only reviews carry a DOB.
        const sink = new IssueSink(rows.files[0]!, table);
        const line = rows instanceof DatedRows ? rows.line : rows.columns.line;
        const checkDob = rows instanceof DatedRows && rows.codec.secondDay === "dateOfBirth";
        const dobAt = checkDob ? (k: number) => (rows as DatedRows<DatedRecord>).secondDayAt(k) : null;
        const columns: CheckedRows = { eachRun: (run) => rows.eachRun(run), lineAt: (k) => line[k]!, dobAt };
        if (checkHeader || checkDob) headerChecks(columns, headers.cursor(), { checkHeader, checkDob }, sink);
        for (const issue of sink.list()) issues.push(issue);
        continue;
      }
      const records = rows as AnyRecord[];
      const sink = new IssueSink(records[0]!.file, table);
      const keyOf = REPLACING_KEYS[table] as ((r: AnyRecord) => string) | undefined;
      if (keyOf) duplicateKeys(records, keyOf, sink);
      const checkDob = table !== "header" && "dateOfBirth" in records[0]!;
      const dobAt = (k: number) => (records[k] as { dateOfBirth: Day | null }).dateOfBirth;
      if (checkHeader || checkDob) headerChecks({ eachRun: (run) => eachChildRun(records, run), lineAt: (k) => records[k]!.line, dobAt }, headers.cursor(), { checkHeader, checkDob }, sink);
      for (const issue of sink.list()) issues.push(issue);
    }
  }
  return issues;
}

/** `duplicate-key`: a later record with the key of an earlier one replaces it. */
export function duplicateKeys(records: readonly AnyRecord[], keyOf: (r: AnyRecord) => string, sink: IssueSink): void {
  if (keyOf === byChild) return repeatedChildren({ eachRun: (run) => eachChildRun(records, run), lineAt: (k) => records[k]!.line }, sink);
  const firstLine = new Map<string, number>();
  for (const r of records) {
    const key = keyOf(r);
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, r.line);
    else replaced(r.childId, r.line, earlier, sink);
  }
  sink.child = null;
}

/** `duplicate-key` over the header's columns, as over the records of the other tables kept one per child. */
export function repeatedHeaders(rows: HeaderRows, sink: IssueSink): void {
  repeatedChildren({ eachRun: (run) => rows.eachRun(run), lineAt: (k) => rows.columns.line[k]! }, sink);
}

/**
 * `duplicate-key` keyed by child, over a file's runs of one child's rows (records or columns).
 * In the usual export the runs come in ascending id order: each child's rows are then one run,
 * and a repeat is a later row of its run, found without hashing every id. Otherwise a child's
 * earlier runs are found by its id.
 */
function repeatedChildren(rows: RowsByChild, sink: IssueSink): void {
  let ascending = true;
  let previous: string | null = null;
  rows.eachRun((childId) => {
    if (previous !== null && childId < previous) ascending = false;
    previous = childId;
  });
  const firstLine = ascending ? null : new Map<string, number>();
  rows.eachRun((childId, first, end) => {
    let earlier = firstLine?.get(childId);
    if (earlier === undefined) {
      earlier = rows.lineAt(first);
      firstLine?.set(childId, earlier);
    } else replaced(childId, rows.lineAt(first), earlier, sink);
    for (let k = first + 1; k < end; k += 1) replaced(childId, rows.lineAt(k), earlier, sink);
  });
  sink.child = null;
}

function replaced(childId: string, line: number, earlier: number, sink: IssueSink): void {
  sink.child = childId;
  sink.warning("duplicate-key", line, "CHILD", () => `the child already has a record on line ${earlier}; this later one replaces it`);
}

/**
 * `no-header-row` (one note per file) and `dob-mismatch`, in one pass: records come grouped by
 * child, so the header is looked up once per run of a child's rows.
 */
function headerChecks(rows: CheckedRows, headers: HeaderCursor, checks: { checkHeader: boolean; checkDob: boolean }, sink: IssueSink): void {
  const missing = new Set<string>();
  let firstMissingLine = 0;
  rows.eachRun((childId, first, end) => {
    const header = headers.dobOf(childId);
    if (checks.checkHeader && header === undefined && !missing.has(childId)) {
      if (missing.size === 0) firstMissingLine = rows.lineAt(first);
      missing.add(childId);
    }
    if (!checks.checkDob || header === undefined) return;
    for (let k = first; k < end; k += 1) {
      const dob = rows.dobAt!(k);
      if (dob === null || dob === header) continue;
      sink.child = childId;
      sink.warning("dob-mismatch", rows.lineAt(k), "DOB", "DOB differs from the header's; the header's is used");
    }
  });
  sink.child = null;
  if (missing.size > 0) {
    const n = missing.size;
    sink.child = missing.values().next().value!;
    sink.note("no-header-row", firstMissingLine, null, `${n} ${n === 1 ? "child has" : "children have"} no header record (the first is named in child)`, undefined, n);
    sink.child = null;
  }
}

/** A file's rows child by child, as `repeatedChildren` reads them: records or columns. */
type RowsByChild = Pick<CheckedRows, "eachRun" | "lineAt">;

/** What `headerChecks` reads of a file's rows, whether records or columns. */
interface CheckedRows {
  /** Calls `run` for each run of rows of one child, [first, end), in order. */
  eachRun(run: (childId: string, first: number, end: number) => void): void;
  lineAt(k: number): number;
  /** null: the table has no DOB. */
  dobAt: ((k: number) => Day | null) | null;
}
