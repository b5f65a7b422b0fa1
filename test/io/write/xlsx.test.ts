import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { isFormulaLike, numberFormat, renderXlsx } from "../../../src/io/write/xlsx.js";
import type { ScorecardReport } from "../../../src/scorecard/types.js";
import { FORMULA_CHILD, HOSTILE_CHILD, scorecardReportFixture } from "../../fixtures/scorecardReport.js";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = bytes.slice().buffer;
  await workbook.xlsx.load(copy);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

function headerRow(worksheet: ExcelJS.Worksheet): unknown[] {
  const values: unknown[] = [];
  worksheet.getRow(1).eachCell({ includeEmpty: true }, (cell) => values.push(cell.value));
  return values;
}

/** The Scorecard row of an indicator id (column B). */
function scorecardRow(worksheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let row = 2; row <= worksheet.rowCount; row += 1) {
    if (worksheet.getRow(row).getCell(2).value === id) return worksheet.getRow(row);
  }
  throw new Error(`no row for ${id}`);
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.pattern === "solid" ? fill.fgColor?.argb : undefined;
}

let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await renderXlsx(scorecardReportFixture(), { title: "Scorecard", council: "Peterborough City Council" });
  workbook = await readBack(bytes);
});

describe("isFormulaLike", () => {
  it("flags text that a spreadsheet would read as a formula", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(isFormulaLike(text), text).toBe(true);
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["", "1001", "a=b", " =1", "short-break", "\u2212 1"]) expect(isFormulaLike(text), text).toBe(false);
  });
});

describe("numberFormat", () => {
  it("shows percent as a spreadsheet percentage and rate to one place, counts and days whole, points signed", () => {
    expect([numberFormat("percent"), numberFormat("rate-per-10k"), numberFormat("count"), numberFormat("days")]).toEqual(["0.0%", "0.0", "0", "0"]);
    expect(numberFormat("points")).toBe('+0.0" pts";-0.0" pts";0.0" pts"');
  });
});

describe("renderXlsx", () => {
  it("prints with the header row on every page, and a header and footer naming the council, date and tool", () => {
    const xml = new TextDecoder().decode(unzipSync(bytes)["xl/workbook.xml"]);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Scorecard'!$1:$1</definedName>`);
    const scorecard = sheet(workbook, "Scorecard");
    expect(scorecard.headerFooter.oddHeader).toBe("&LPeterborough City Council: Scorecard&RAs at 31 January 2019");
    expect(scorecard.headerFooter.oddFooter).toBe("&Lcic-scorecard&RPage &P of &N");
  });

  it("says on its About sheet what it is, as at when, and how the figures were made", async () => {
    const withProvenance = await readBack(await renderXlsx(scorecardReportFixture(), {
      council: "Peterborough", provenance: { tool: "cic-scorecard 9.9.9", dataYears: ["2018-19"], period: "year", population: null, config: ["none"] },
    }));
    const about = sheet(withProvenance, "About");
    const lines = [1, 2, 3, 4, 5, 6, 7].map((row) => String(about.getCell(row, 1).value));
    expect(lines.slice(0, 4)).toEqual([
      "Children in care scorecard", "Peterborough", "As at 31 January 2019; period from 1 February 2018.",
      "Produced by cic-scorecard 9.9.9 from the 903 returns for 2018-19 for Peterborough.",
    ]);
    expect(lines).toContain("Config: none.");
  });

  it("writes Scorecard, Series, Data quality and Drill-down sheets", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["Scorecard", "Series", "Data quality", "Drill-down", "About"]);
  });

  it("leaves out Drill-down when no indicator carries members", async () => {
    const report = scorecardReportFixture();
    for (const indicator of report.indicators) delete indicator.members;
    const names = (await readBack(await renderXlsx(report))).worksheets.map((worksheet) => worksheet.name);
    expect(names).toEqual(["Scorecard", "Series", "Data quality", "About"]);
  });

  it("heads the Scorecard with the HTML table's columns and one trio per benchmark", () => {
    expect(headerRow(sheet(workbook, "Scorecard"))).toEqual([
      "Theme",
      "ID",
      "Indicator",
      "Unit",
      "Polarity",
      "Value",
      "Numerator",
      "Denominator",
      "Target",
      "Variance to target",
      "Variance unit",
      "RAG",
      "Trend",
      "Previous",
      "England",
      "England: year",
      "England: variance",
      "Statistical neighbours",
      "Statistical neighbours: year",
      "Statistical neighbours: variance",
      "Suppressed",
      "Note",
      "Narrative",
    ]);
    expect(sheet(workbook, "Scorecard").rowCount).toBe(1 + scorecardReportFixture().indicators.length);
  });

  it("stores figures as numbers with their unit's format", () => {
    const scorecard = sheet(workbook, "Scorecard");
    const expectations: [string, number, number, string][] = [
      // A percentage is its fraction, shown as a percentage; a variance in points is signed.
      ["placements-3plus", 6, 0.058, "0.0%"],
      ["placements-3plus", 7, 22, "0"],
      ["placements-3plus", 8, 380, "0"],
      ["placements-3plus", 9, 0.06, "0.0%"],
      ["placements-3plus", 10, -0.2, '+0.0" pts";-0.0" pts";0.0" pts"'],
      ["placements-3plus", 14, 0.069, "0.0%"],
      ["placements-3plus", 17, -4.2, '+0.0" pts";-0.0" pts";0.0" pts"'],
      ["cla-rate", 6, 76, "0.0"],
      ["cla-rate", 10, 0.027, "+0.0%;-0.0%;0.0%"],
      ["cla-rate", 15, 64, "0.0"],
      ["adoption-a1-days", 6, 566, "0"],
      ["adoption-a1-days", 10, 140, "0"],
      ["cla-count", 6, 380, "0"],
    ];
    for (const [id, column, value, format] of expectations) {
      const cell = scorecardRow(scorecard, id).getCell(column);
      expect(cell.type, `${id} ${column}`).toBe(ExcelJS.ValueType.Number);
      expect(cell.value, `${id} ${column}`).toBe(value);
      expect(cell.numFmt, `${id} ${column}`).toBe(format);
    }
  });

  it("keeps a benchmark's suppression mark as text and leaves a suppressed value empty", () => {
    const scorecard = sheet(workbook, "Scorecard");
    const rate = scorecardRow(scorecard, "cla-rate");
    expect(rate.getCell(18).type).toBe(ExcelJS.ValueType.String);
    expect(rate.getCell(18).value).toBe("c");
    expect(rate.getCell(20).value).toBeNull();
    const suppressed = scorecardRow(scorecard, "reviews-on-time");
    expect(suppressed.getCell(6).value).toBeNull();
    expect(suppressed.getCell(7).value).toBe(3);
    expect(suppressed.getCell(21).value).toBe(true);
    expect(suppressed.getCell(22).value).toBe("denominator below 5: value suppressed");
  });

  it("fills RAG cells with colour and names the rating in words", () => {
    const scorecard = sheet(workbook, "Scorecard");
    const rag = (id: string) => scorecardRow(scorecard, id).getCell(12);
    expect([rag("placements-3plus").value, fillOf(rag("placements-3plus"))]).toEqual(["Green", "FFC6EFCE"]);
    expect([rag("long-term-stability").value, fillOf(rag("long-term-stability"))]).toEqual(["Amber", "FFFFEB9C"]);
    expect([rag("cla-rate").value, fillOf(rag("cla-rate"))]).toEqual(["Red", "FFFFC7CE"]);
    expect([rag("cla-count").value, fillOf(rag("cla-count"))]).toEqual([null, undefined]);
  });

  it("names themes, trends and narratives as the HTML does", () => {
    const row = scorecardRow(sheet(workbook, "Scorecard"), "placements-3plus");
    expect(row.getCell(1).value).toBe("Placement stability");
    expect(row.getCell(13).value).toBe("Improving");
    expect(String(row.getCell(23).value)).toMatch(/^22 of the 380 children/);
    expect(scorecardRow(sheet(workbook, "Scorecard"), "local-custom").getCell(1).value).toBe("Other indicators");
  });

  it("freezes the header row, filters it and sizes columns on every table sheet; the Scorecard keeps its titles in view", () => {
    for (const worksheet of workbook.worksheets.filter((w) => w.name !== "About")) {
      expect(worksheet.views[0], worksheet.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(worksheet.autoFilter, worksheet.name).toMatch(/^A1:[A-Z]+1$/); // the whole header row
    }
    expect(sheet(workbook, "Scorecard").getColumn(3).width).toBe(50);
    expect(sheet(workbook, "Scorecard").views[0]).toMatchObject({ xSplit: 3, ySplit: 1 });
    expect(sheet(workbook, "Drill-down").getColumn(3).width).toBe(16);
  });

  it("lays the series out as month-ends down and indicators across", () => {
    const series = sheet(workbook, "Series");
    const withSeries = scorecardReportFixture().indicators.filter((indicator) => indicator.series !== undefined);
    expect(headerRow(series)).toEqual(["As at", ...withSeries.map((indicator) => indicator.title)]);
    expect(series.rowCount).toBe(13);
    expect(series.getCell("A2").value).toEqual(new Date(Date.UTC(2018, 1, 28)));
    expect(series.getCell("A13").value).toEqual(new Date(Date.UTC(2019, 0, 31)));
    const column = 2 + withSeries.findIndex((indicator) => indicator.id === "placements-3plus");
    expect(series.getRow(13).getCell(column).value).toBe(0.058);
    expect(series.getRow(13).getCell(column).numFmt).toBe("0.0%");
    expect(series.getRow(7).getCell(column).value).toBeNull(); // July 2018 has no value
  });

  it("lists every data issue with its line and the records it stands for as numbers", () => {
    const quality = sheet(workbook, "Data quality");
    expect(headerRow(quality)).toEqual(["Code", "Severity", "File", "Line", "Column", "Message", "Indicators", "Records"]);
    expect(quality.getRow(2).values).toEqual([
      undefined,
      "invalid-date",
      "error",
      "2018-19/episodes.csv",
      17,
      "DECOM",
      "DECOM 31/02/2019 is not a date",
      "cla-count, placements-3plus",
      1,
    ]);
    expect(quality.rowCount).toBe(4);
  });

  it("stores child ids as text, one row per child per list", () => {
    const drill = sheet(workbook, "Drill-down");
    const rows: unknown[][] = [];
    drill.eachRow((row, number) => {
      if (number > 1) rows.push([1, 2, 3, 4].map((column) => row.getCell(column).value));
    });
    expect(rows).toEqual([
      ["placements-3plus", "numerator", "1001", null],
      ["placements-3plus", "numerator", FORMULA_CHILD, null],
      ["placements-3plus", "denominator", "1001", null],
      ["placements-3plus", "denominator", "1002", null],
      ["placements-3plus", "denominator", HOSTILE_CHILD, null],
      ["placements-3plus", "denominator", FORMULA_CHILD, null],
      ["placements-3plus", "excluded", "0042", "short-break"],
    ]);
    drill.eachRow((row, number) => {
      if (number > 1) expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    });
  });

  it("never stores formula-like text as a formula", () => {
    const cells: ExcelJS.Cell[] = [];
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    }
    const formulaLike = cells.filter((cell) => typeof cell.value === "string" && isFormulaLike(cell.value));
    // The formula child twice (numerator, denominator), the "=SUM" message and the "-1" note.
    expect(formulaLike.map((cell) => cell.value)).toEqual([
      "-1 local note",
      "=SUM(A1) SEX is empty <b>",
      FORMULA_CHILD,
      FORMULA_CHILD,
    ]);
    for (const cell of formulaLike) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe("@");
    }
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
  });

  it("neutralises a formula-like benchmark name in a header", async () => {
    const report: ScorecardReport = scorecardReportFixture();
    const first = report.indicators[1];
    if (first === undefined) throw new Error("fixture changed");
    first.benchmarks = [{ name: "=cmd|'/C calc'!A0", year: "2017-18", value: 64, variance: 12, varianceUnit: "per-10k" }];
    const header = sheet(await readBack(await renderXlsx(report)), "Scorecard").getRow(1).getCell(15);
    expect(header.type).toBe(ExcelJS.ValueType.String);
    expect(header.value).toBe("=cmd|'/C calc'!A0");
  });

  it("dates the document and every zip entry to the as-at day", () => {
    expect(workbook.created).toEqual(new Date(Date.UTC(2019, 0, 31)));
    expect(workbook.modified).toEqual(new Date(Date.UTC(2019, 0, 31)));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const stamps: [number, number][] = [];
    let offset = 0;
    while (view.getUint32(offset, true) === 0x04034b50) {
      stamps.push([view.getUint16(offset + 10, true), view.getUint16(offset + 12, true)]);
      offset += 30 + view.getUint32(offset + 18, true) + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    }
    expect(stamps.length).toBeGreaterThan(10);
    // 2019-01-31 as a DOS date: (2019 − 1980) << 9 | 1 << 5 | 31; time 00:00:00.
    for (const stamp of stamps) expect(stamp).toEqual([0, 20031]);
  });

  it("gives the same bytes for the same report", async () => {
    const again = await renderXlsx(scorecardReportFixture(), { title: "Scorecard", council: "Peterborough City Council" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("renderXlsx and characters XML forbids", () => {
  it("opens when a text cell holds U+FFFE or a control character (escaped as Excel does, _xFFFE_)", async () => {
    const base = scorecardReportFixture();
    const hostile: ScorecardReport = {
      ...base,
      indicators: base.indicators.map((i, k) => (k === 0 ? { ...i, title: "Children\uFFFE in care\u0001" } : i)),
      dataQuality: { ...base.dataQuality, issues: base.dataQuality.issues.map((i, k) => (k === 0 ? { ...i, message: "bad \uFFFF value" } : i)) },
    };
    const bytes = await renderXlsx(hostile);
    // No raw forbidden character reaches the XML (that is what made the file unreadable)...
    for (const [name, content] of Object.entries(unzipSync(bytes))) {
      if (name.endsWith(".xml")) expect(new TextDecoder().decode(content)).not.toMatch(/[\uFFFE\uFFFF\u0001]/);
    }
    // ...and a reader opens the file and gets the text back through Excel's _xHHHH_ escape.
    const workbook = await readBack(bytes);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value)))));
    expect(texts).toContain("Children\uFFFE in care\u0001");
  });
});
