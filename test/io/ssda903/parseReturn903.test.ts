import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/dates/day.js";
import { parseReturn903 } from "../../../src/io/ssda903/parseReturn903.js";
import { brief, EPISODES_HEADER, episodeRow, episodesCsv } from "./helpers.js";

// One table at a time: the folder-level missing-table check is tested in folderCompleteness.test.ts.
const parse = (files: Record<string, string | Uint8Array>, asAt?: string) =>
  parseReturn903(files, asAt === undefined ? { requireTables: false } : { asAt: dayFromIso(asAt), requireTables: false });
const account = (r: ReturnType<typeof parse>, file: string) => r.dataQuality.files.find((f) => f.file === file);
const episodesOf = (r: ReturnType<typeof parse>, year = 0) => r.return903.years[year]!.records.episodes.records();

describe("parseReturn903: files and encodings", () => {
  it("reports a 0-byte file as empty-file with 0/0/0", () => {
    const r = parse({ "episodes.csv": new Uint8Array(0) });
    expect(brief(r.dataQuality.issues)).toEqual([["empty-file", "error", null, null]]);
    expect(account(r, "episodes.csv")).toEqual({ file: "episodes.csv", rowsRead: 0, rowsUsed: 0, rowsRejected: 0 });
    expect(r.return903.years[0]!.tables).toEqual([]);
  });

  it("reports NUL characters as unreadable-file, its only issue", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]);
    const r = parse({ "episodes.csv": bytes });
    expect(brief(r.dataQuality.issues)).toEqual([["unreadable-file", "error", null, null]]);
    expect(account(r, "episodes.csv")).toEqual({ file: "episodes.csv", rowsRead: 0, rowsUsed: 0, rowsRejected: 0 });
  });

  it("reports a file of blank lines as unreadable-file (no header)", () => {
    const r = parse({ "episodes.csv": "\n , \n" });
    expect(brief(r.dataQuality.issues)).toEqual([["unreadable-file", "error", null, null]]);
  });

  it("reads UTF-16 LE with a warning", () => {
    const text = episodesCsv({});
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let k = 0; k < text.length; k += 1) bytes[2 + 2 * k] = text.charCodeAt(k);
    const r = parse({ "episodes.csv": bytes });
    expect(brief(r.dataQuality.issues)).toEqual([["utf16", "warning", null, null]]);
    expect(episodesOf(r)).toHaveLength(1);
  });

  it("reads Windows-1252 with a not-utf8 warning naming the file", () => {
    const text = `${EPISODES_HEADER}\n${episodeRow({ HOME_POST: "Caf\u00e9" })}\n`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const r = parse({ "episodes.csv": bytes });
    expect(r.dataQuality.issues.map((i) => [i.code, i.message])).toEqual([
      ["not-utf8", "episodes.csv is not valid UTF-8 and was decoded as Windows-1252"],
    ]);
    expect(episodesOf(r)[0]!.homePostcode).toBe("Café");
  });

  it("drops a UTF-8 BOM, so the first column is still CHILD", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(episodesCsv({}))]);
    const r = parse({ "episodes.csv": bytes });
    expect(r.dataQuality.issues).toEqual([]);
    expect(episodesOf(r)).toHaveLength(1);
  });

  it("names files relative to the folder with their year", () => {
    const r = parse({ "2021-22/episodes.csv": episodesCsv({ DECOM: "01/05/2021" }), "2022-23/episodes.csv": episodesCsv({ DECOM: "01/05/2021" }) });
    expect(r.return903.years.map((y) => [y.label, y.endYear, y.tables])).toEqual([["2021-22", 2022, ["episodes"]], ["2022-23", 2023, ["episodes"]]]);
    const first = episodesOf(r, 1)[0]!;
    expect([first.file, first.line]).toEqual(["2022-23/episodes.csv", 2]);
    expect([episodesOf(r, 0)[0]!.readOrder, episodesOf(r, 1)[0]!.readOrder]).toEqual([0, 1]);
  });
});

describe("parseReturn903: header and records", () => {
  it("accepts columns in any order and any case, trimmed", () => {
    const r = parse({ "peps.csv": " pep_date ,Child\n01/02/2019,A7\n" });
    expect(r.return903.years[0]!.records.peps.records()).toEqual([
      { childId: "A7", date: dayFromIso("2019-02-01"), file: "peps.csv", line: 2, readOrder: 0 },
    ]);
  });

  it("does not use a file missing a required column, counting its records as rejected", () => {
    const r = parse({ "peps.csv": "CHILD\n1\n\n2\n" });
    expect(brief(r.dataQuality.issues)).toEqual([["missing-column", "error", 1, "PEP_DATE"], ["blank-line", "warning", 3, null]]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 2, rowsUsed: 0, rowsRejected: 2 });
    expect(r.return903.years[0]!.tables).toEqual([]);
  });

  it("does not use a file with a column twice", () => {
    const r = parse({ "peps.csv": "CHILD,PEP_DATE,child\n1,01/01/2019,1\n" });
    expect(brief(r.dataQuality.issues)).toEqual([["duplicate-column", "error", 1, "CHILD"]]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 1, rowsUsed: 0, rowsRejected: 1 });
  });

  it("reads a missing optional column as blank and warns of an extra one", () => {
    const r = parse({ "visits.csv": "CHILD,VISIT_DATE,NOTES\n1,01/01/2019,x\n" });
    expect(brief(r.dataQuality.issues)).toEqual([["extra-column", "warning", 1, "NOTES"]]);
    expect(r.return903.years[0]!.records.visits.recordAt(0)).toMatchObject({ visitType: "statutory", seen: "Y", seenAlone: null });
  });

  it("rejects records with the wrong field count and a repeated header", () => {
    const r = parse({ "peps.csv": "CHILD,PEP_DATE\n1,01/01/2019,x\n child , pep_date \n2,01/01/2019\n" });
    expect(brief(r.dataQuality.issues)).toEqual([["field-count", "error", 2, null], ["duplicate-header", "error", 3, null]]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 3, rowsUsed: 1, rowsRejected: 2 });
  });

  it("warns once for blank lines between records, at the first, and not for trailing ones", () => {
    const r = parse({ "peps.csv": "CHILD,PEP_DATE\n\n1,01/01/2019\n ,\n2,01/01/2019\n\n\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.line, i.message])).toEqual([["blank-line", 2, "2 blank lines between records were skipped"]]);
    expect(account(r, "peps.csv")!.rowsRead).toBe(2);
  });

  it("rejects a record with an over-long field and reads on", () => {
    const r = parse({ "peps.csv": `CHILD,PEP_DATE\n${"9".repeat(1_048_577)},01/01/2019\n2,01/01/2019\n` });
    expect(brief(r.dataQuality.issues)).toEqual([["field-too-large", "error", 2, "CHILD"]]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
  });

  it("rejects only the record with an open quote when the next line is a whole record", () => {
    const r = parse({ "peps.csv": 'CHILD,PEP_DATE\n"1,01/01/2019\n2,01/01/2019\n3,01/02/2019\n' });
    expect(brief(r.dataQuality.issues)).toEqual([["unterminated-quote", "error", 2, null]]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 3, rowsUsed: 2, rowsRejected: 1 });
    expect(r.return903.years[0]!.records.peps.records().map((p) => [p.childId, p.line])).toEqual([["2", 3], ["3", 4]]);
  });

  it("does not use the file when the line after an open quote is not a whole record", () => {
    const r = parse({ "peps.csv": 'CHILD,PEP_DATE\n1,01/01/2019\n2,"01/01/2019\nrest of a note\n\n4,01/01/2019\n' });
    expect(r.dataQuality.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ["unterminated-quote", null, "a quote opened on line 3 is never closed; peps.csv is not used"],
    ]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 4, rowsUsed: 0, rowsRejected: 4 });
    expect(r.return903.years[0]!.tables).toEqual([]);
  });

  it("rejects only the last record when its quote opens on the last line", () => {
    const r = parse({ "peps.csv": 'CHILD,PEP_DATE\n1,01/01/2019\n2,"01/01/2019\n' });
    expect(brief(r.dataQuality.issues)).toEqual([["unterminated-quote", "error", 3, null]]);
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
  });

  it("reports a second file for one table and reads the first", () => {
    const r = parse({ "la_peps.csv": "CHILD,PEP_DATE\n1,01/01/2019\n", "peps.csv": "CHILD,PEP_DATE\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.file])).toEqual([["duplicate-table", "peps.csv"]]);
    expect(r.dataQuality.files.map((f) => f.file)).toEqual(["la_peps.csv"]);
  });

  it("keeps a quoted field with a line break as data", () => {
    const r = parse({ "episodes.csv": `${EPISODES_HEADER}\n${episodeRow({ HOME_POST: '"PE1\r\n1AA"' })}\n${episodeRow({ CHILD: "2" })}\n` });
    expect(r.dataQuality.issues).toEqual([]);
    expect(episodesOf(r).map((e) => [e.childId, e.line, e.homePostcode])).toEqual([["1", 2, "PE1\r\n1AA"], ["2", 4, null]]);
  });
});

describe("parseReturn903: values", () => {
  it("keeps identifiers as text and repairs 12.0 with one warning per column", () => {
    const r = parse({ "episodes.csv": episodesCsv({ CHILD: "0012" }, { CHILD: "12.0", DECOM: "02/04/2018" }, { CHILD: "13.0", DECOM: "03/04/2018" }) });
    expect(episodesOf(r).map((e) => e.childId)).toEqual(["0012", "12", "13"]);
    expect(r.dataQuality.issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ["id-float-artefact", 3, "CHILD values written as decimals (such as 12.0) were read as whole numbers, in 2 records"],
    ]);
    expect(r.dataQuality.issues[0]).toMatchObject({ count: 2, child: "12" });
  });

  it("rejects a blank CHILD", () => {
    const r = parse({ "episodes.csv": episodesCsv({ CHILD: " \u00a0" }) });
    expect(r.dataQuality.issues.map((i) => [i.code, i.severity, i.message])).toEqual([["missing-value", "error", "CHILD is blank"]]);
    expect(account(r, "episodes.csv")!.rowsRejected).toBe(1);
  });

  it("upper-cases codes and rejects an unknown code in a required column", () => {
    const r = parse({ "episodes.csv": episodesCsv({ PLACE: "u4", LS: "c2" }, { CHILD: "2", PLACE: "Q9" }) });
    expect(episodesOf(r).map((e) => [e.placementType, e.legalStatus])).toEqual([["U4", "C2"]]);
    expect(r.dataQuality.issues.map((i) => [i.code, i.severity, i.line, i.message])).toEqual([
      ["unknown-code", "error", 3, "PLACE Q9 is not a known code"],
    ]);
  });

  it("keeps an unknown code in an optional column with a warning", () => {
    const r = parse({ "episodes.csv": episodesCsv({ CIN: "N9" }) });
    expect(episodesOf(r)[0]!.categoryOfNeed).toBe("N9");
    expect(brief(r.dataQuality.issues)).toEqual([["unknown-code", "warning", 2, "CIN"]]);
  });

  it("reads a code of another year with a code-not-in-year warning", () => {
    const r = parse({ "2022-23/episodes.csv": episodesCsv({ PLACE: "K3", DECOM: "01/05/2022" }) });
    expect(episodesOf(r)[0]!.placementType).toBe("K3");
    expect(r.dataQuality.issues.map((i) => [i.code, i.message])).toEqual([
      ["code-not-in-year", "PLACE K3 is not a code in 2022-23; read with its own meaning"],
    ]);
  });

  it("accepts every year's codes in a single return", () => {
    const r = parse({ "episodes.csv": episodesCsv({ PLACE: "Z11", REC: "E43", DEC: "01/05/2018" }) });
    expect(r.dataQuality.issues).toEqual([]);
  });

  it("rejects an impossible date and names it", () => {
    const r = parse({ "episodes.csv": episodesCsv({ DECOM: "31/02/2022" }) });
    expect(r.dataQuality.issues.map((i) => [i.code, i.severity, i.column, i.message])).toEqual([
      ["invalid-date", "error", "DECOM", "DECOM 31/02/2022 is not a date"],
    ]);
  });

  it("names the date an Excel serial stands for", () => {
    const r = parse({ "episodes.csv": episodesCsv({ DECOM: "43496" }) });
    expect(r.dataQuality.issues.map((i) => [i.code, i.message])).toEqual([
      ["excel-serial-date", "DECOM 43496 looks like a spreadsheet serial number for 31/01/2019, not a date"],
    ]);
  });

  it("blanks a bad date in an optional column with a warning", () => {
    const r = parse({ "missing.csv": "CHILD,MISSING,MIS_START,MIS_END\n1,m,01/01/2019,soon\n" });
    expect(r.return903.years[0]!.records.missing[0]).toMatchObject({ kind: "M", end: null });
    expect(brief(r.dataQuality.issues)).toEqual([["invalid-date", "warning", 2, "MIS_END"]]);
  });

  it("reads DD/MM/YY against the collection year: after 31 March of its end year is 19YY", () => {
    const r = parse({ "2018-19/header.csv": "CHILD,DOB\n1,01/01/19\n2,01/04/19\n" });
    expect(r.return903.years[0]!.records.header.records().map((h) => h.dateOfBirth)).toEqual([dayFromIso("2019-01-01"), dayFromIso("1919-04-01")]);
    expect(r.dataQuality.issues.map((i) => [i.code, i.line, i.column])).toEqual([["two-digit-year", 2, "DOB"]]);
  });

  it("reads DD/MM/YY in a single return against the as-at date", () => {
    const r = parse({ "header.csv": "CHILD,DOB\n1,01/02/19\n" }, "2019-01-31");
    expect(r.return903.years[0]!.records.header.recordAt(0).dateOfBirth).toBe(dayFromIso("1919-02-01"));
  });

  it("reads TRUE and 1.0 flags as 1 with one warning, and rejects a bad flag in a required column", () => {
    const r = parse({ "ad1.csv": "CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE\n1,01/01/2019,01/02/2019,TRUE\n2,01/01/2019,01/02/2019,1.0\n3,01/01/2019,01/02/2019,Y\n" });
    expect(r.return903.years[0]!.records.ad1.map((a) => a.fosterCare)).toEqual([1, 1]);
    expect(r.dataQuality.issues.map((i) => [i.code, i.severity, i.line, i.message])).toEqual([
      ["lenient-value", "warning", 2, "FOSTER_CARE TRUE was read as 1, in 2 records"],
      ["invalid-value", "error", 4, "FOSTER_CARE Y is not 0 or 1"],
    ]);
  });

  it("keeps a lenient read apart from the bad values it blanks in an optional flag column", () => {
    const rows = ["TRUE", "yes", "2", "maybe", "-1"].map((v, i) => `${i + 1},${v}`).join("\n");
    const r = parse({ "oc2.csv": `CHILD,HEALTH_CHECK\n${rows}\n` });
    expect(r.return903.years[0]!.records.oc2.map((o) => o.healthCheck)).toEqual([1, null, null, null, null]);
    expect(r.dataQuality.issues.map((i) => [i.code, i.severity, i.line, i.count, i.message])).toEqual([
      ["lenient-value", "warning", 2, 1, "HEALTH_CHECK TRUE was read as 1"],
      ["invalid-value", "warning", 3, 4, "HEALTH_CHECK yes is not 0 or 1, in 4 records"],
    ]);
  });

  it("blanks an SDQ score out of range with a warning", () => {
    const r = parse({ "oc2.csv": "CHILD,SDQ_SCORE\n1,41\n" });
    expect(r.return903.years[0]!.records.oc2[0]!.sdqScore).toBeNull();
    expect(brief(r.dataQuality.issues)).toEqual([["invalid-value", "warning", 2, "SDQ_SCORE"]]);
  });

  it("reads local-table values case-insensitively and rejects an unknown category", () => {
    const r = parse({ "pathway_plans.csv": "CHILD,CATEGORY\n1,Former-Relevant\n2,leaver\n" });
    expect(r.return903.years[0]!.records.pathway_plans.map((p) => p.category)).toEqual(["former-relevant"]);
    expect(brief(r.dataQuality.issues)).toEqual([["unknown-code", "error", 3, "CATEGORY"]]);
  });

  it("defaults visit type to statutory and seen to Y", () => {
    const r = parse({ "visits.csv": "CHILD,VISIT_DATE,VISIT_TYPE,SEEN,SEEN_ALONE\n1,01/01/2019,,,\n1,02/01/2019,OTHER,n,y\n" });
    expect(r.return903.years[0]!.records.visits.records().map((v) => [v.visitType, v.seen, v.seenAlone])).toEqual([
      ["statutory", "Y", null], ["other", "N", "Y"],
    ]);
  });
});

describe("parseReturn903: episode checks", () => {
  it("rejects DEC before DECOM", () => {
    const r = parse({ "episodes.csv": episodesCsv({ DECOM: "05/01/2020", DEC: "01/01/2020", REC: "E4A" }) });
    expect(r.dataQuality.issues.map((i) => [i.code, i.message])).toEqual([["end-before-start", "DEC 01/01/2020 is before DECOM 05/01/2020"]]);
    expect(episodesOf(r)).toEqual([]);
  });

  it("rejects a record identical to an earlier one, naming its line", () => {
    const r = parse({ "episodes.csv": episodesCsv({}, {}) });
    expect(r.dataQuality.issues.map((i) => [i.code, i.line, i.message])).toEqual([["duplicate-row", 3, "the record repeats line 2"]]);
    expect(account(r, "episodes.csv")).toEqual({ file: "episodes.csv", rowsRead: 2, rowsUsed: 1, rowsRejected: 1 });
  });

  it("sees a duplicate through spaces around values", () => {
    const r = parse({ "episodes.csv": `${episodesCsv({})}${episodeRow({ CHILD: " 1 ", LS: "C2 " })}\n` });
    expect(r.dataQuality.issues.map((i) => [i.code, i.line])).toEqual([["duplicate-row", 3]]);
  });

  it("does not call records that read the same but are written differently duplicates", () => {
    // "Identical in every column" (data.md §4.1) is read as each field's trimmed text, not what it reads as.
    const r = parse({ "episodes.csv": episodesCsv({ DECOM: "01/05/2021" }, { DECOM: "1/5/2021" }, { LS: "c2" }, { LS: "C2" }, { LS: "c2" }) });
    expect(r.dataQuality.issues.filter((i) => i.code === "duplicate-row").map((i) => [i.line, i.message])).toEqual([[6, "the record repeats line 4"]]);
    expect(account(r, "episodes.csv")).toMatchObject({ rowsRead: 5, rowsRejected: 1 });
  });

  it("does not call records differing in one column duplicates", () => {
    const r = parse({ "episodes.csv": episodesCsv({}, { URN: "SC1" }) });
    expect(r.dataQuality.issues).toEqual([]);
  });

  it("ignores REC on an open episode with a warning", () => {
    const r = parse({ "episodes.csv": episodesCsv({ REC: "E11" }) });
    expect(episodesOf(r)[0]!.endReason).toBeNull();
    expect(brief(r.dataQuality.issues)).toEqual([["reason-on-open-episode", "warning", 2, "REC"]]);
  });

  it("keeps an end without a reason with a missing-reason warning", () => {
    const r = parse({ "episodes.csv": episodesCsv({ DEC: "01/01/2019" }) });
    expect(episodesOf(r)[0]).toMatchObject({ end: dayFromIso("2019-01-01"), endReason: null });
    expect(brief(r.dataQuality.issues)).toEqual([["missing-reason", "warning", 2, "REC"]]);
  });

  it("treats DEC and REC as required columns that may be blank", () => {
    const r = parse({ "episodes.csv": "CHILD,DECOM,RNE,LS,PLACE\n1,01/04/2018,S,C2,U4\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.column])).toEqual([["missing-column", "DEC"], ["missing-column", "REC"]]);
  });
});

describe("parseReturn903: child-level checks", () => {
  it("warns once per file about children without a header record", () => {
    const r = parse({ "header.csv": "CHILD,DOB\n1,01/01/2010\n", "reviews.csv": "CHILD,REVIEW\n1,01/01/2019\n2,01/01/2019\n3,01/01/2019\n3,02/01/2019\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.file, i.line, i.message])).toEqual([
      ["no-header-row", "reviews.csv", 3, "2 children have no header record (the first is named in child)"],
    ]);
    expect(r.dataQuality.issues[0]).toMatchObject({ count: 2, child: "2" });
  });

  it("warns when another table's DOB differs from the header's", () => {
    const r = parse({ "header.csv": "CHILD,DOB\n1,01/01/2010\n", "oc3.csv": "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n1,02/01/2010,YES,F1,B1\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.file, i.column, i.indicators.length])).toEqual([["dob-mismatch", "oc3.csv", "DOB", 5]]);
    expect(r.dataQuality.issues[0]).toMatchObject({ child: "1", message: "DOB differs from the header's; the header's is used" });
  });

  it("warns when a review's DOB, read into columns, differs from the header's", () => {
    const r = parse({ "header.csv": "CHILD,DOB\n1,01/01/2010\n", "reviews.csv": "CHILD,DOB,REVIEW\n1,01/01/2010,01/01/2019\n1,02/01/2010,01/02/2019\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.file, i.line, i.column])).toEqual([["dob-mismatch", "reviews.csv", 3, "DOB"]]);
  });

  it("reads reviews into columns, keeping an unknown REVIEW_CODE as given", () => {
    const r = parse({ "reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/01/2019,PN1\n1,,01/02/2019,ZZ9\n2,01/01/2011,01/03/2019,\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.line, i.column])).toEqual([["unknown-code", 3, "REVIEW_CODE"]]);
    expect(r.return903.years[0]!.records.reviews.records().map((v) => [v.childId, v.dateOfBirth, v.date, v.participation, v.line])).toEqual([
      ["1", dayFromIso("2010-01-01"), dayFromIso("2019-01-01"), "PN1", 2],
      ["1", null, dayFromIso("2019-02-01"), "ZZ9", 3],
      ["2", dayFromIso("2011-01-01"), dayFromIso("2019-03-01"), null, 4],
    ]);
  });

  it("warns when a later record of a file replaces an earlier one", () => {
    const r = parse({ "header.csv": "CHILD,DOB\n1,01/01/2010\n1,01/01/2011\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.line])).toEqual([["duplicate-key", 3]]);
  });
});

describe("parseReturn903: issues", () => {
  it("names every indicator reading the table for an error and the column's users for a warning", () => {
    const r = parse({ "oc2.csv": "CHILD,TEETH_CHECK,CONVICTED\n,1,0\n1,TRUE,x\n" });
    expect(r.dataQuality.issues.map((i) => [i.code, i.column, i.indicators])).toEqual([
      ["missing-value", "CHILD", ["health-check-annual", "dental-check", "immunisations-up-to-date"]],
      ["invalid-value", "CONVICTED", []],
      ["lenient-value", "TEETH_CHECK", ["dental-check"]],
    ]);
  });

  it("sorts issues by file, line, column and code", () => {
    const r = parse({ "peps.csv": "CHILD,PEP_DATE\n1,x\n", "header.csv": "CHILD,DOB\n1,y\n", "zz.txt": "" });
    expect(r.dataQuality.issues.map((i) => [i.file, i.line])).toEqual([["header.csv", 2], ["peps.csv", 2], ["zz.txt", null]]);
  });
});

describe("parseReturn903: scale", () => {
  it("reports a hundred and fifty thousand rejected records, one error each", () => {
    const text = `CHILD,PEP_DATE\n${"1,2,3\n".repeat(150_000)}`;
    const r = parse({ "peps.csv": text });
    expect(account(r, "peps.csv")).toEqual({ file: "peps.csv", rowsRead: 150_000, rowsUsed: 0, rowsRejected: 150_000 });
    expect(r.dataQuality.issues).toHaveLength(150_000);
    expect(r.dataQuality.issues[149_999]).toMatchObject({ code: "field-count", line: 150_001 });
  });
});
