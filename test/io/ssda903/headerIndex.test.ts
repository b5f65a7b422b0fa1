import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../../src/dates/day.js";
import type { TableRecord } from "../../../src/model/records.js";
import { type CollectionYearReturn, emptyTableRecords } from "../../../src/model/return903.js";
import { HeaderIndex } from "../../../src/io/ssda903/headerIndex.js";
import { HeaderRows } from "../../../src/model/headerRows.js";

type Header = TableRecord<"header">;

function yearOf(headers: [string, number][]): CollectionYearReturn {
  const records = emptyTableRecords();
  records.header = HeaderRows.of(headers.map(([childId, dob], k): Header => ({
    childId, file: "header.csv", line: k + 2, readOrder: 0, sex: null, dateOfBirth: dob as Day,
    ethnicity: null, upn: null, motherFlag: null, motherChildDateOfBirth: null,
  })));
  return { label: null, endYear: null, tables: ["header"], records };
}

describe("HeaderIndex", () => {
  const index = HeaderIndex.of([yearOf([["B", 2], ["A", 1], ["D", 4]]), yearOf([["C", 3], ["A", 10]])]);

  it("lists each child once, in code-point order, with the latest year's date of birth", () => {
    expect(index.ids).toEqual(["A", "B", "C", "D"]);
    expect(index.dobs).toEqual([10, 2, 3, 4]);
  });

  it("finds ids in ascending order, out of order and again after the last one found", () => {
    const cursor = index.cursor();
    const found = ["0", "A", "B", "BB", "D", "E", "C", "C", "A", "Z", "0", "D"].map((id) => cursor.dobOf(id) ?? null);
    expect(found).toEqual([null, 10, 2, null, 4, null, 3, 3, 10, null, null, 4]);
  });

  it("answers as a map keyed by child would, whatever order the ids are asked in", () => {
    const id = fc.stringMatching(/^[0-9A-Za-z\u00e9\u{1F600}]{0,3}$/u);
    const headers = fc.array(fc.tuple(id, fc.integer({ min: -1000, max: 30000 })), { maxLength: 40 });
    const queries = fc.array(id, { maxLength: 60 });
    fc.assert(
      fc.property(fc.array(headers, { maxLength: 3 }), queries, fc.boolean(), (years, asked, ascending) => {
        const expected = new Map<string, number>();
        for (const year of years) for (const [childId, dob] of year) expected.set(childId, dob);
        const cursor = HeaderIndex.of(years.map(yearOf)).cursor();
        const order = ascending ? [...asked].sort() : asked;
        for (const childId of order) expect(cursor.dobOf(childId)).toBe(expected.get(childId));
      }),
    );
  });
});
