import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/dates/day.js";
import { HeaderRows, HeaderRowsBuilder } from "../../src/model/headerRows.js";
import type { HeaderRecord } from "../../src/model/records.js";

const day = fc.integer({ min: -40_000, max: 40_000 }).map((d) => d as Day);
const record = fc.record({
  childId: fc.constantFrom("A", "B", "C", "10"),
  file: fc.constantFrom("2018-19/header.csv", "2019-20/header.csv"),
  line: fc.integer({ min: 2, max: 1_000_000 }),
  readOrder: fc.nat(),
  sex: fc.constantFrom(null, "1", "2", "X"),
  dateOfBirth: day,
  ethnicity: fc.constantFrom(null, "WBRI", "MOTH"),
  upn: fc.constantFrom(null, "A123456789012"),
  motherFlag: fc.constantFrom(null, 0 as const, 1 as const),
  motherChildDateOfBirth: fc.option(day),
}) satisfies fc.Arbitrary<HeaderRecord>;

describe("HeaderRows", () => {
  it("gives back every record written, in order, whatever the capacity it started with", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (records, capacity) => {
        const rows = new HeaderRowsBuilder(capacity);
        for (const r of records) rows.push(r);
        const header = rows.finish();
        expect(header.length).toBe(records.length);
        expect(header.records()).toEqual(records);
        expect(records.map((_, k) => header.childIdAt(k))).toEqual(records.map((r) => r.childId));
        expect(HeaderRows.of(records).records()).toEqual(records);
      }),
      { seed: 1212, numRuns: 300 },
    );
  });

  it("keeps a child's consecutive rows as one run", () => {
    const r = (childId: string, line: number): HeaderRecord => ({
      childId, file: "header.csv", line, readOrder: 0, sex: null, dateOfBirth: 0 as Day, ethnicity: null, upn: null, motherFlag: null, motherChildDateOfBirth: null,
    });
    const header = HeaderRows.of([r("A", 2), r("A", 3), r("B", 4), r("A", 5)]);
    const runs: [string, number, number][] = [];
    header.eachRun((childId, first, end) => runs.push([childId, first, end]));
    expect(runs).toEqual([["A", 0, 2], ["B", 2, 3], ["A", 3, 4]]);
  });
});
