import { describe, expect, it } from "vitest";
import { dataQualityLine, renderDataQualityTable, renderTable } from "../../../src/io/write/table.js";
import type { ScorecardReport } from "../../../src/scorecard/types.js";
import { scorecardReportFixture } from "../../fixtures/scorecardReport.js";

describe("renderTable", () => {
  const text = renderTable(scorecardReportFixture());
  const row = (id: string) => text.split("\n").find((line) => line.startsWith(`${id} `))!;

  it("shows value, counts, target, RAG, trend and variance on the indicator's row", () => {
    expect(row("placements-3plus").split(/\s{2,}/)).toEqual([
      "placements-3plus", "Children in care with three or more placements", "5.8%", "22/380", "6.0%", "green", "improving", "-0.2 points",
    ]);
    expect(row("cla-rate").split(/\s{2,}/)).toEqual(["cla-rate", "Children in care per 10,000 children", "76.0", "380/50000", "74.0", "red", "worsening", "+2.7%"]);
  });
  it("wraps a long title onto a continuation line under the title column", () => {
    const lines = text.split("\n");
    const at = lines.indexOf(row("placements-3plus"));
    const titleStart = row("placements-3plus").indexOf("Children");
    expect(lines[at + 1]!.trim()).toBe("in the last 12 months");
    expect(lines[at + 1]!.indexOf("in the last")).toBe(titleStart);
  });
  it("says suppressed for a suppressed value and gives the note (counts as the result gives them)", () => {
    expect(row("reviews-on-time").split(/\s{2,}/)).toEqual(["reviews-on-time", "Reviews held on time", "suppressed", "3/4", "95.0%", "-", "-", "-", "denominator below 5: value suppressed"]);
  });
  it("aligns every row to the same columns", () => {
    const lines = text.split("\n");
    const header = lines.find((line) => line.startsWith("ID "))!;
    const valueEnd = header.indexOf("Value") + "Value".length;
    expect(row("cla-count").slice(0, valueEnd).endsWith("380")).toBe(true);
    expect(row("adoption-a1-days").slice(0, valueEnd).endsWith("566")).toBe(true);
  });
  it("ends with the data-quality line", () => {
    expect(text.endsWith("\nData quality: 2 files, 2 rows rejected, 2 errors, 1 warning\n")).toBe(true);
  });
  it("replaces control characters so a title cannot drive the terminal", () => {
    const report: ScorecardReport = { ...scorecardReportFixture(), indicators: [{ ...scorecardReportFixture().indicators[0]!, title: "In care\u001b[31m\nred" }] };
    expect(renderTable(report)).toContain("In care [31m red");
  });
});

describe("dataQualityLine", () => {
  it("counts files, rejected rows, errors and warnings in the singular and plural", () => {
    expect(dataQualityLine({ files: [{ file: "episodes.csv", rowsRead: 3, rowsUsed: 2, rowsRejected: 1 }], issues: [] })).toBe(
      "Data quality: 1 file, 1 row rejected, 0 errors, 0 warnings",
    );
  });
});

describe("renderDataQualityTable", () => {
  it("lists each issue with its place", () => {
    expect(renderDataQualityTable(scorecardReportFixture().dataQuality)).toContain(
      "error invalid-date (2018-19/episodes.csv, line 17, DECOM): DECOM 31/02/2019 is not a date\n",
    );
  });
});

describe("renderDataQualityTable summaries", () => {
  it("counts issues by the indicator they distort and by code", () => {
    const text = renderDataQualityTable({
      files: [{ file: "episodes.csv", rowsRead: 3, rowsUsed: 2, rowsRejected: 1 }],
      issues: [
        { code: "invalid-date", severity: "error", file: "episodes.csv", line: 3, column: "DECOM", message: "DECOM 31/02/2022 is not a date", indicators: ["cla-count", "placements-3plus"], count: 1, child: "7" },
        { code: "missing-reason", severity: "warning", file: "episodes.csv", line: 4, column: "REC", message: "DEC with blank REC, in 11000 records", indicators: ["cla-count"], count: 11000, child: "8" },
      ],
    });
    // Records hit, not folded entries.
    expect(text).toMatch(/cla-count\s+1\s+11000\n/);
    expect(text).toMatch(/placements-3plus\s+1\s+0\n/);
    expect(text).toMatch(/invalid-date\s+error\s+1\n/);
    expect(text).toMatch(/missing-reason\s+warning\s+11000\n/);
    expect(text).toContain("error invalid-date (episodes.csv, line 3, DECOM, child 7): DECOM 31/02/2022 is not a date");
    expect(text).toContain("1 error, 11000 warnings");
  });
});
