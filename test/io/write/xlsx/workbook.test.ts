import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { Workbook, columnLetters, escapeXml, workbookParts, writeXlsx } from "../../../../src/io/write/xlsx/workbook.js";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe("columnLetters", () => {
  it("counts A to Z, then AA, AZ, BA and ZZ, AAA", () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and writes characters XML cannot hold as Excel's _xHHHH_", () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(escapeXml("a\u0001b\u001Fc\tok\n")).toBe("a_x0001_b_x001F_c\tok\n");
    expect(escapeXml("lone \uD800 surrogate")).toBe("lone _xD800_ surrogate");
    expect(escapeXml("pair 😀 kept")).toBe("pair 😀 kept");
    expect(escapeXml("_x0041_")).toBe("_x005F_x0041_"); // literal text that reads like the escape
  });
});

describe("writeXlsx", () => {
  it("writes every value type with its style, and reads back", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("It's <one>", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    sheet.getColumn(2).width = 33;
    sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
    const row = sheet.getRow(1);
    row.getCell(1).value = "text & <tags>";
    row.getCell(2).value = 1.25;
    row.getCell(2).numFmt = "0.000";
    row.getCell(3).value = true;
    row.getCell(4).value = new Date(Date.UTC(2019, 0, 31));
    row.getCell(4).numFmt = "yyyy-mm-dd";
    row.getCell(5).value = "bold";
    row.getCell(5).font = { bold: true, color: { argb: "FF9C0006" } };
    row.getCell(5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 } };
    const back = (await readBack(writeXlsx(workbook))).getWorksheet("It's <one>");
    if (back === undefined) throw new Error("sheet not read back");
    expect([1, 2, 3, 4, 5].map((column) => back.getRow(1).getCell(column).value)).toEqual([
      "text & <tags>",
      1.25,
      true,
      new Date(Date.UTC(2019, 0, 31)),
      "bold",
    ]);
    expect(back.getRow(1).getCell(2).numFmt).toBe("0.000");
    expect(back.getRow(1).getCell(5).font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    expect(back.getColumn(2).width).toBe(33);
    expect(back.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(back.autoFilter).toBe("A1:E1");
  });

  it("stores each distinct text once", () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("S");
    for (let row = 1; row <= 3; row += 1) sheet.getCell(row, 1).value = "same";
    const strings = workbookParts(workbook).find(([path]) => path === "xl/sharedStrings.xml")?.[1] ?? "";
    expect(strings).toContain('count="3" uniqueCount="1"');
  });
});
