import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../../src/dates/day.js";
import type { TableRead } from "../../../src/io/ssda903/readTable.js";
import { tableReadOf, tableReadParts } from "../../../src/io/ssda903/tableReadParts.js";
import { DATED_TABLES, type DatedRecord, DatedRows, type DatedTableName } from "../../../src/model/childRows.js";

// Records of each dated table, grouped in runs of a child's rows as a file's are.
const common = fc.record({
  childId: fc.constantFrom("A1", "A2", "B7", "C10"),
  file: fc.constantFrom("2017-18/x.csv", "2018-19/x.csv"),
  line: fc.integer({ min: 2, max: 1_000_000 }),
  readOrder: fc.integer({ min: 0, max: 1_000_000 }),
  date: fc.integer({ min: -20_000, max: 40_000 }),
});
const day = fc.option(fc.integer({ min: -20_000, max: 40_000 }), { nil: null });
// Days as plain numbers: the records are built as the reader would, then passed through `never`.
const RECORDS: { [T in DatedTableName]: fc.Arbitrary<object> } = {
  visits: fc.tuple(common, fc.constantFrom("statutory", "other"), fc.constantFrom("Y", "N"), fc.constantFrom("Y", "N", null)).map(([c, visitType, seen, seenAlone]) => ({ ...c, visitType, seen, seenAlone })),
  health_assessments: fc.tuple(common, fc.constantFrom("initial", "review", "dental"), day).map(([c, type, requested]) => ({ ...c, type, requested })),
  reviews: fc.tuple(common, day, fc.constantFrom("PN1", "PN7", "XX", null)).map(([c, dateOfBirth, participation]) => ({ ...c, dateOfBirth, participation })),
  peps: common,
};

describe("a dated table's read passed to another thread", () => {
  for (const table of Object.keys(DATED_TABLES) as DatedTableName[]) {
    it(`${table}: arrives as read, its columns moved rather than copied`, () => {
      fc.assert(
        fc.property(fc.array(RECORDS[table], { maxLength: 60 }), (records) => {
          const rows = DatedRows.of(DATED_TABLES[table] as never, records as never[]);
          const read: TableRead = { records: rows as never, account: { file: "x.csv", rowsRead: records.length, rowsUsed: records.length, rowsRejected: 0 }, issues: [], used: true };
          const expected = rows.records();
          const { parts, transfer } = tableReadParts(table, read);
          const sent = structuredClone(parts, { transfer });
          expect(rows.date.length === 0 || rows.date.byteLength === 0).toBe(true); // the sender no longer holds them
          const arrived = tableReadOf(sent, (id) => id).records as DatedRows<DatedRecord>;
          expect(arrived).toBeInstanceOf(DatedRows);
          expect(arrived.records()).toEqual(expected);
          expect(tableReadOf(sent, (id) => id).account).toEqual(read.account);
        }),
      );
    });
  }

  it("gives each child id as the receiver holds it", () => {
    const rows = DatedRows.of(DATED_TABLES.peps, [{ childId: "A1", file: "f", line: 2, readOrder: 0, date: 10 as Day }]);
    const { parts } = tableReadParts("peps", { records: rows, account: { file: "f", rowsRead: 1, rowsUsed: 1, rowsRejected: 0 }, issues: [], used: true });
    expect((tableReadOf(parts, (id) => `shared ${id}`).records as DatedRows<DatedRecord>).runIds).toEqual(["shared A1"]);
  });

  it("passes another table's records as they are", () => {
    const record = { childId: "A1", file: "f", line: 2, readOrder: 0, dateOfBirth: null, kind: "M", start: 5, end: null };
    const read = { records: [record], account: { file: "f", rowsRead: 1, rowsUsed: 1, rowsRejected: 0 }, issues: [], used: true } as unknown as TableRead;
    const { parts, transfer } = tableReadParts("missing", read);
    expect(transfer).toEqual([]);
    expect(tableReadOf(structuredClone(parts), (id) => id)).toEqual(read);
  });
});
