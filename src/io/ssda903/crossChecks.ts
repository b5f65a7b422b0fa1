import { type Day, ukFromDay } from "../../dates/day.js";
import type { DataIssue } from "../../model/issue.js";
import type { TableRecords } from "../../model/records.js";
import type { CollectionYearReturn } from "../../model/return903.js";
import type { TableName } from "../../model/tables.js";
import { IssueSink } from "./issueSink.js";

/**
 * File-level checks that need more than one record (data.md §4.1 and §7): `duplicate-key`
 * (a later record of a file replaces an earlier one, indicators.md §1.5), `no-header-row`
 * and `dob-mismatch`. The stitched-history warnings (overlaps, X1, stale) are the core's.
 */
type AnyRecord = TableRecords[TableName][number];

/** Key of "one record per …" for tables where a later row replaces an earlier one. */
const REPLACING_KEYS: Partial<Record<TableName, (r: never) => string>> = {
  header: (r: TableRecords["header"][number]) => r.childId,
  uasc: (r: TableRecords["uasc"][number]) => r.childId,
  ad1: (r: TableRecords["ad1"][number]) => r.childId,
  oc2: (r: TableRecords["oc2"][number]) => r.childId,
  oc3: (r: TableRecords["oc3"][number]) => r.childId,
  missing: (r: TableRecords["missing"][number]) => `${r.childId}\u0000${r.kind}\u0000${r.start}`,
  placed_for_adoption: (r: TableRecords["placed_for_adoption"][number]) => `${r.childId}\u0000${r.datePlaced}`,
};

/** Tables whose people are expected to lack a header record (care leavers, data.md §6). */
const NO_HEADER_EXPECTED = new Set<TableName>(["header", "pathway_plans"]);

export function crossRecordIssues(years: readonly CollectionYearReturn[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const headerDob = new Map<string, Day>();
  let anyHeader = false;
  for (const year of years) {
    if (year.tables.includes("header")) anyHeader = true;
    for (const h of year.records.header) headerDob.set(h.childId, h.dateOfBirth);
  }

  for (const year of years) {
    for (const table of year.tables) {
      const records = year.records[table] as AnyRecord[];
      if (records.length === 0) continue;
      const file = records[0]!.file;
      const sink = new IssueSink(file, table);

      const keyOf = REPLACING_KEYS[table] as ((r: AnyRecord) => string) | undefined;
      if (keyOf) {
        const firstLine = new Map<string, number>();
        for (const r of records) {
          const key = keyOf(r);
          const earlier = firstLine.get(key);
          if (earlier === undefined) firstLine.set(key, r.line);
          else sink.warning("duplicate-key", r.line, "CHILD", () => `child ${r.childId} already has a record on line ${earlier}; this later one replaces it`);
        }
      }

      if (anyHeader && !NO_HEADER_EXPECTED.has(table)) {
        const missing = new Set<string>();
        let firstLine = 0;
        let previous: string | null = null;
        for (const r of records) {
          const childId = r.childId;
          if (childId === previous) continue; // records come grouped by child: settled already
          previous = childId;
          if (headerDob.has(childId) || missing.has(childId)) continue;
          if (missing.size === 0) firstLine = r.line;
          missing.add(childId);
        }
        if (missing.size > 0) {
          const n = missing.size;
          const first = [...missing][0]!;
          sink.note("no-header-row", firstLine, null, `${n} ${n === 1 ? "child has" : "children have"} no header record (first: ${first})`);
        }
      }

      if (table !== "header" && "dateOfBirth" in records[0]!) {
        let previous: string | null = null;
        let header: Day | undefined;
        for (const r of records as { childId: string; dateOfBirth: Day | null; line: number }[]) {
          const dob = r.dateOfBirth;
          if (dob === null) continue;
          if (r.childId !== previous) {
            previous = r.childId;
            header = headerDob.get(previous);
          }
          if (header === undefined || dob === header) continue;
          const headerDay = header;
          sink.warning("dob-mismatch", r.line, "DOB", () => `DOB ${ukFromDay(dob)} of child ${r.childId} differs from the header's ${ukFromDay(headerDay)}; the header's is used`);
        }
      }
      for (const issue of sink.list()) issues.push(issue);
    }
  }
  return issues;
}
