import { describe, expect, it } from "vitest";
import { formatJsonNumber, jsonText } from "../../../src/io/write/jsonText.js";
import { renderDataQualityJson, renderJson } from "../../../src/io/write/json.js";
import type { IndicatorResult, ScorecardReport } from "../../../src/scorecard/types.js";
import { scorecardReportFixture } from "../../fixtures/scorecardReport.js";

const indicator: IndicatorResult = {
  id: "placements-3plus", title: "Three or more placements", unit: "percent", polarity: "lower-is-better",
  value: 5.8, numerator: 22, denominator: 380, target: 6, varianceTarget: -0.2, varianceTargetUnit: "points",
  rag: "green", trend: "improving", previous: 6.9,
  benchmarks: [{ name: "England", year: "2017-18", value: 10, variance: -4.2, varianceUnit: "points" }],
  suppressed: false, note: null,
};
const report: ScorecardReport = { asAt: "2019-01-31", periodStart: "2018-02-01", indicators: [indicator], dataQuality: { files: [], issues: [] } };

describe("renderJson", () => {
  it("writes the contract's shape, 2-space indented with a final newline", () => {
    expect(renderJson(report)).toBe(`{
  "asAt": "2019-01-31",
  "periodStart": "2018-02-01",
  "indicators": [
    {
      "id": "placements-3plus",
      "title": "Three or more placements",
      "unit": "percent",
      "polarity": "lower-is-better",
      "value": 5.8,
      "numerator": 22,
      "denominator": 380,
      "target": 6,
      "varianceTarget": -0.2,
      "varianceTargetUnit": "points",
      "rag": "green",
      "trend": "improving",
      "previous": 6.9,
      "benchmarks": [
        {
          "name": "England",
          "year": "2017-18",
          "value": 10,
          "variance": -4.2,
          "varianceUnit": "points"
        }
      ],
      "suppressed": false,
      "note": null
    }
  ],
  "dataQuality": {
    "files": [],
    "issues": []
  }
}
`);
  });
  it("writes keys in the contract's order whatever order the objects were built in", () => {
    const shuffled = Object.fromEntries(Object.entries(indicator).reverse()) as unknown as IndicatorResult;
    const withOptional: IndicatorResult = { ...shuffled, members: { numerator: [], denominator: [], excluded: [] }, series: [{ value: 1, asAt: "2019-01-31" } as never], narrative: "n" };
    const text = renderJson({ ...report, indicators: [withOptional] });
    const keys = [...text.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      "id", "title", "unit", "polarity", "value", "numerator", "denominator", "target", "varianceTarget", "varianceTargetUnit",
      "rag", "trend", "previous", "benchmarks", "suppressed", "note", "narrative", "series", "members",
    ]);
    expect(text).toContain('"asAt": "2019-01-31",\n          "value": 1');
  });
  it("is byte-identical across runs and equal to the parsed report", () => {
    const fixture = scorecardReportFixture();
    const text = renderJson(fixture);
    expect(renderJson(scorecardReportFixture())).toBe(text);
    // An issue that names no child has no `child` key (report output without drill-down).
    const expected = JSON.parse(JSON.stringify(fixture));
    for (const issue of expected.dataQuality.issues) if (issue.child === null) delete issue.child;
    expect(JSON.parse(text)).toEqual(expected);
  });
  it("never writes -0", () => {
    const text = renderJson({ ...report, indicators: [{ ...indicator, varianceTarget: -0 }] });
    expect(text).toContain('"varianceTarget": 0,');
  });
});

describe("renderDataQualityJson", () => {
  it("writes only dataQuality, with issue keys in the contract's order", () => {
    const text = renderDataQualityJson({
      files: [{ rowsRejected: 1, rowsUsed: 401, rowsRead: 402, file: "2018-19/episodes.csv" } as never],
      issues: [{ child: "C1", count: 1, indicators: ["cla-count"], message: "DECOM 31/02/2019 is not a date", column: "DECOM", line: 17, file: "2018-19/episodes.csv", severity: "error", code: "invalid-date" }],
    });
    expect(JSON.parse(text)).toEqual({
      dataQuality: {
        files: [{ file: "2018-19/episodes.csv", rowsRead: 402, rowsUsed: 401, rowsRejected: 1 }],
        issues: [{ code: "invalid-date", severity: "error", file: "2018-19/episodes.csv", line: 17, column: "DECOM", message: "DECOM 31/02/2019 is not a date", indicators: ["cla-count"], count: 1, child: "C1" }],
      },
    });
    expect(text.indexOf('"code"')).toBeLessThan(text.indexOf('"severity"'));
    expect(text.indexOf('"indicators"')).toBeLessThan(text.indexOf('"count"'));
    expect(text.indexOf('"count"')).toBeLessThan(text.indexOf('"child"'));
    expect(text.indexOf('"file": "2018-19/episodes.csv",\n        "rowsRead"')).toBeGreaterThan(0);
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("formatJsonNumber", () => {
  it("writes plain numbers without exponent or -0", () => {
    expect(formatJsonNumber(-0)).toBe("0");
    expect(formatJsonNumber(1e21)).toBe("1000000000000000000000");
    expect(formatJsonNumber(1e-7)).toBe("0.0000001");
    expect(formatJsonNumber(-4.4)).toBe("-4.4");
    expect(formatJsonNumber(76)).toBe("76");
  });
  it("refuses non-finite numbers", () => {
    expect(() => formatJsonNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe("jsonText", () => {
  it("matches JSON.stringify with 2-space indent for ordinary values", () => {
    const value = { a: [1, "x", null, true, { b: [] }], c: {}, "d\"e": "line\nbreak \u2028" };
    expect(jsonText(value)).toBe(JSON.stringify(value, null, 2));
  });
});
