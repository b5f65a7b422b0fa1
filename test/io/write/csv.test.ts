import { describe, expect, it } from "vitest";
import { csvCell, renderCsv, renderDataQualityCsv } from "../../../src/io/write/csv.js";
import type { IndicatorResult, ScorecardReport } from "../../../src/scorecard/types.js";
import { scorecardReportFixture } from "../../fixtures/scorecardReport.js";

const base: IndicatorResult = {
  id: "a", title: "A", unit: "percent", polarity: "higher-is-better", value: 64.7, numerator: 55, denominator: 85, target: 69.1,
  varianceTarget: -4.4, varianceTargetUnit: "points", rag: "amber", trend: "stable", previous: 64.7, benchmarks: [], suppressed: false, note: null,
};
const report = (indicators: IndicatorResult[]): ScorecardReport => ({ asAt: "2019-01-31", periodStart: "2018-02-01", indicators, dataQuality: { files: [], issues: [] } });

describe("renderCsv", () => {
  it("writes the contract's columns and one CRLF-terminated row per indicator", () => {
    expect(renderCsv(report([base]))).toBe(
      "id,title,unit,polarity,value,numerator,denominator,target,variance_target,rag,trend,previous,suppressed,note\r\n" +
        "a,A,percent,higher-is-better,64.7,55,85,69.1,-4.4,amber,stable,64.7,false,\r\n",
    );
  });
  it("adds benchmark and variance columns per name in first-seen order, blank where an indicator lacks one", () => {
    const first = { ...base, benchmarks: [{ name: "England", year: "2017-18", value: 10, variance: -4.2, varianceUnit: "points" as const }] };
    const second = {
      ...base, id: "b",
      benchmarks: [
        { name: "Neighbours", year: "2017-18", value: "c" as const, variance: null, varianceUnit: "points" as const },
        { name: "England", year: "2017-18", value: 9, variance: 1, varianceUnit: "points" as const },
      ],
    };
    const lines = renderCsv(report([first, second])).split("\r\n");
    expect(lines[0]!.endsWith(",note,benchmark_England,variance_England,benchmark_Neighbours,variance_Neighbours")).toBe(true);
    expect(lines[1]!.endsWith(",false,,10,-4.2,,")).toBe(true);
    expect(lines[2]!.endsWith(",false,,9,1,c,")).toBe(true);
  });
  it("quotes commas, quotes and line breaks as RFC 4180", () => {
    expect(csvCell('Children "in care", per 10,000')).toBe('"Children ""in care"", per 10,000"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });
  it("neutralises text cells that a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}SUM(A1)`).startsWith(`'${start}`) || csvCell(`${start}SUM(A1)`).startsWith(`"'${start}`)).toBe(true);
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell("-1 local note")).toBe("'-1 local note");
  });
  it("leaves negative numbers as numbers", () => {
    expect(csvCell(-4.4)).toBe("-4.4");
    expect(renderCsv(report([base]))).toContain(",-4.4,");
  });
  it("neutralises a hostile note in a full report", () => {
    expect(renderCsv(scorecardReportFixture())).toContain(",false,'-1 local note,");
  });
  it("starts with a byte-order mark only when asked", () => {
    expect(renderCsv(report([base]), { bom: true }).startsWith("\uFEFFid,")).toBe(true);
    expect(renderCsv(report([base])).startsWith("id,")).toBe(true);
  });
});

describe("renderDataQualityCsv", () => {
  it("lists files then issues", () => {
    const text = renderDataQualityCsv(scorecardReportFixture().dataQuality);
    expect(text.split("\r\n").slice(0, 3)).toEqual([
      "kind,file,rows_read,rows_used,rows_rejected,code,severity,line,column,message,indicators,count,child",
      "file,2018-19/episodes.csv,1402,1400,2,,,,,,,,",
      "file,2018-19/header.csv,402,402,0,,,,,,,,",
    ]);
    expect(text).toContain("issue,2018-19/header.csv,,,,missing-value,warning,3,SEX,'=SUM(A1) SEX is empty <b>,,1,\r\n");
  });
});
