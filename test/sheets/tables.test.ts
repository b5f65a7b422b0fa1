import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { dayFromIso } from "../../src/dates/day.js";
import { TABLE_COLUMNS } from "../../src/model/columns.js";
import {
  ad1RecordSchema, episodeRecordSchema, headerRecordSchema, healthAssessmentRecordSchema, missingRecordSchema, oc2RecordSchema,
  oc3RecordSchema, pathwayPlanRecordSchema, pepRecordSchema, placedForAdoptionRecordSchema, reviewRecordSchema, uascRecordSchema,
  visitRecordSchema,
} from "../../src/model/records.js";
import { SheetError } from "../../src/sheets/errors.js";
import { SHEET_TABLES, readSheetTable } from "../../src/sheets/tables.js";

const EPISODE_HEADER = ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"];

function thrown(run: () => unknown): SheetError {
  try {
    run();
  } catch (error) {
    if (error instanceof SheetError) return error;
    throw error;
  }
  throw new Error("expected a SheetError");
}

describe("readSheetTable", () => {
  it("matches column names in any case and order, and reads each cell by its column", () => {
    const { records } = readSheetTable("episodes", [
      ["rec", "dec", "Child", "place", "ls", "rne", "decom"],
      ["E4A", "15/06/2019", 1001, "u4", "C2", "S", "2018-04-01"],
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      childId: "1001", start: dayFromIso("2018-04-01"), end: dayFromIso("2019-06-15"), placementType: "U4", endReason: "E4A",
      categoryOfNeed: null, urn: null, file: "episodes", line: 2,
    });
  });

  it("reads Excel desktop blanks (0), Excel web blanks (null) and Google blanks (\"\") alike", () => {
    const row = (blank: unknown) => [["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "CIN"], ["7", 43191, "S", "C2", "U4", blank, blank, blank]];
    const [desktop, web, google] = [0, null, ""].map((blank) => readSheetTable("episodes", row(blank)).records[0]);
    expect(desktop).toEqual(web);
    expect(web).toEqual(google);
    expect(google).toMatchObject({ start: dayFromIso("2018-04-01"), end: null, endReason: null, categoryOfNeed: null });
  });

  it("ignores a REC on an open episode (data.md §4)", () => {
    const { records } = readSheetTable("episodes", [EPISODE_HEADER, ["7", "01/04/2018", "S", "C2", "U4", "", "E4A"]]);
    expect(records[0]!.endReason).toBeNull();
  });

  it("skips and counts rows the model refuses, and ignores blank rows", () => {
    const read = readSheetTable("episodes", [
      EPISODE_HEADER,
      ["1", "01/04/2018", "S", "C2", "U4", "", ""],
      ["2", "not a date", "S", "C2", "U4", "", ""],
      ["3", "01/04/2018", "Q", "C2", "U4", "", ""], // RNE Q is not a reason for a new episode
      ["4", "01/04/2018", "S", "C2", "U4", "01/03/2018", "E4A"], // ends before it starts
      [null, null, null, null, null, null, null],
      ["", "", "", "", "", "", ""],
    ]);
    expect(read.records.map((r) => r.childId)).toEqual(["1"]);
    expect([read.rows, read.skipped]).toEqual([4, 3]);
  });

  it("names the missing columns the model requires", () => {
    expect(thrown(() => readSheetTable("episodes", [["CHILD", "DECOM", "RNE"], ["1", "01/04/2018", "S"]])).message).toBe(
      "the episodes range has no LS, PLACE columns",
    );
  });

  it("reports how many rows were skipped when none is usable", () => {
    const error = thrown(() => readSheetTable("header", [["CHILD", "DOB"], ["1", "31/02/2010"], ["2", ""]]));
    expect([error.kind, error.message]).toEqual(["not-available", "no usable rows in the header range: 2 rows skipped"]);
  });

  it("refuses a range whose first row holds no column names", () => {
    expect(thrown(() => readSheetTable("header", [[1, 2], [3, 4]])).kind).toBe("invalid-value");
  });

  it("fills the local tables' defaults: a blank visit type is statutory and a blank SEEN is Y", () => {
    const { records } = readSheetTable("visits", [["CHILD", "VISIT_DATE", "VISIT_TYPE", "SEEN"], ["1", "02/05/2018", "", null], ["1", "03/05/2018", "Other", "n"]]);
    expect(records.map((r) => [r.visitType, r.seen])).toEqual([["statutory", "Y"], ["other", "N"]]);
  });

  it("keeps the code 0 in ACTIV and ACCOM", () => {
    const { records } = readSheetTable("oc3", [["CHILD", "IN_TOUCH", "ACTIV", "ACCOM"], ["1", "yes", 0, "0"]]);
    expect(records[0]).toMatchObject({ inTouch: "YES", activity: "0", accommodation: "0" });
  });
});

describe("readSheetTable against the model's record schemas", () => {
  const SCHEMAS = {
    header: headerRecordSchema, episodes: episodeRecordSchema, reviews: reviewRecordSchema, uasc: uascRecordSchema, oc2: oc2RecordSchema,
    oc3: oc3RecordSchema, ad1: ad1RecordSchema, placed_for_adoption: placedForAdoptionRecordSchema, missing: missingRecordSchema,
    visits: visitRecordSchema, health_assessments: healthAssessmentRecordSchema, peps: pepRecordSchema, pathway_plans: pathwayPlanRecordSchema,
  } as const;
  /** Cells a host can hand over: good and bad values of every kind, blanks of every host. */
  const cell = fc.oneof(
    fc.constantFrom(null, undefined, "", " ", 0, 1, 2, 43191, 43555.5, -3, "S", "C2", "U4", "E4A", "X1", "P", "T", "M", "A", "Y", "N", "y",
      "statutory", "other", "initial", "review", "dental", "eligible", "relevant", "01/04/2018", "2019-06-15", "31/02/2019", "12.0", "1001", "x"),
    fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
    fc.string({ maxLength: 6 }),
  );
  const tables = fc.constantFrom(...SHEET_TABLES);

  it("makes only records that fit the model, and counts every other non-blank row as skipped", () => {
    fc.assert(
      fc.property(tables, fc.array(fc.array(cell, { minLength: 30, maxLength: 30 }), { maxLength: 12 }), (table, rows) => {
        const header = TABLE_COLUMNS[table].map((c) => c.name);
        let read;
        try {
          read = readSheetTable(table, [header, ...rows.map((r) => r.slice(0, header.length))]);
        } catch (error) {
          // Rows but none usable: refused as a whole, never a partial answer.
          expect(error).toBeInstanceOf(SheetError);
          return;
        }
        for (const record of read.records) expect(z.safeParse(SCHEMAS[table], record).success, JSON.stringify(record)).toBe(true);
        expect(read.records.length + read.skipped).toBe(read.rows);
      }),
      { seed: 13, numRuns: 400 },
    );
  });
});
