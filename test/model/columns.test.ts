import { describe, expect, it } from "vitest";
import { CODE_LISTS } from "../../src/model/codeLists.js";
import { TABLE_SPECS } from "../../src/io/ssda903/tableSpecs.js";
import { CODE_LIST_NAMES, CODE_LISTS_WITH_ZERO, TABLE_COLUMNS } from "../../src/model/columns.js";
import {
  ad1RecordSchema, episodeRecordSchema, headerRecordSchema, healthAssessmentRecordSchema, missingRecordSchema, oc2RecordSchema,
  oc3RecordSchema, pathwayPlanRecordSchema, pepRecordSchema, placedForAdoptionRecordSchema, previousPermanenceRecordSchema,
  reviewRecordSchema, socialWorkerEpisodeRecordSchema, uascRecordSchema, visitRecordSchema,
} from "../../src/model/records.js";
import { TABLES, type TableName } from "../../src/model/tables.js";
import { SHEET_TABLES, SHEET_TABLE_SPECS } from "../../src/sheets/tables.js";

const SCHEMAS: { [T in TableName]: { shape: Record<string, unknown> } } = {
  header: headerRecordSchema, episodes: episodeRecordSchema, reviews: reviewRecordSchema, uasc: uascRecordSchema, oc2: oc2RecordSchema,
  oc3: oc3RecordSchema, ad1: ad1RecordSchema, placed_for_adoption: placedForAdoptionRecordSchema,
  previous_permanence: previousPermanenceRecordSchema, missing: missingRecordSchema, sw_episodes: socialWorkerEpisodeRecordSchema,
  visits: visitRecordSchema, health_assessments: healthAssessmentRecordSchema, peps: pepRecordSchema, pathway_plans: pathwayPlanRecordSchema,
};
/** Record fields that come from where a row was read, not from a column. */
const BOOKKEEPING = ["file", "line", "readOrder"];

const names = (columns: readonly { name: string }[]) => columns.map((c) => c.name);

describe("TABLE_COLUMNS", () => {
  it("fills every data field of each table's record exactly once, from uniquely named upper-case columns", () => {
    for (const table of TABLES) {
      const columns = TABLE_COLUMNS[table];
      const fields = columns.map((c) => c.field as string).sort();
      const expected = Object.keys(SCHEMAS[table].shape).filter((k) => !BOOKKEEPING.includes(k)).sort();
      expect(fields, table).toEqual(expected);
      expect(new Set(names(columns)).size, table).toBe(columns.length);
      for (const c of columns) expect(c.name).toMatch(/^[A-Z_]+$/);
    }
  });

  it("starts every table with the required CHILD id column", () => {
    for (const table of TABLES) expect(TABLE_COLUMNS[table][0]).toMatchObject({ name: "CHILD", field: "childId", required: true, blankAllowed: false });
  });

  it("names exactly the reader's code lists, and marks the lists holding the code 0", () => {
    expect([...CODE_LIST_NAMES].sort()).toEqual(Object.keys(CODE_LISTS).sort());
    const withZero = Object.entries(CODE_LISTS).filter(([, list]) => list.has("0")).map(([name]) => name);
    expect([...CODE_LISTS_WITH_ZERO].sort()).toEqual(withZero.sort());
    expect(withZero.sort()).toEqual(["ACCOM", "ACTIV"]);
  });
});

describe("the reader and the sheets take their columns from TABLE_COLUMNS", () => {
  it("gives the reader the declared columns of every table", () => {
    for (const table of TABLES) expect(TABLE_SPECS[table].columns).toBe(TABLE_COLUMNS[table]);
  });

  it("gives the sheets the declared names and fields, in order", () => {
    for (const table of SHEET_TABLES) {
      expect(SHEET_TABLE_SPECS[table].columns.map((c) => [c.name, c.field]), table).toEqual(TABLE_COLUMNS[table].map((c) => [c.name, c.field]));
    }
  });

  it("makes a sheet header hold the columns that may never be blank (DEC and REC may be absent)", () => {
    const required = (table: (typeof SHEET_TABLES)[number]) => SHEET_TABLE_SPECS[table].columns.filter((c) => c.required).map((c) => c.name);
    expect(required("episodes")).toEqual(["CHILD", "DECOM", "RNE", "LS", "PLACE"]);
    expect(required("header")).toEqual(["CHILD", "DOB"]);
    expect(required("oc2")).toEqual(["CHILD"]);
    expect(required("health_assessments")).toEqual(["CHILD", "TYPE", "DATE"]);
  });

  it("reads sheet cells by the declared type: 0 is a code only in ACTIV and ACCOM, integers keep their range", () => {
    const column = (table: (typeof SHEET_TABLES)[number], name: string) => SHEET_TABLE_SPECS[table].columns.find((c) => c.name === name)!;
    expect(column("oc3", "ACTIV").read(0)).toEqual({ ok: true, value: "0" });
    expect(column("oc3", "ACCOM").read(0)).toEqual({ ok: true, value: "0" });
    expect(column("oc3", "IN_TOUCH").read(0)).toEqual({ ok: true, value: null });
    expect(column("header", "SEX").read("m")).toEqual({ ok: true, value: "M" });
    expect(column("oc2", "SDQ_SCORE").read(40)).toEqual({ ok: true, value: 40 });
    expect(column("oc2", "SDQ_SCORE").read(41).ok).toBe(false);
    expect(column("visits", "SEEN").read("y")).toEqual({ ok: true, value: "Y" });
    expect(column("visits", "VISIT_TYPE").read("x").ok).toBe(false);
  });
});
