import { describe, expect, it } from "vitest";
import { renderRulesAppendix } from "../../../../src/io/write/html/rulesAppendix.js";
import type { IndicatorResult } from "../../../../src/scorecard/types.js";
import type { RuleResult, RulesReport } from "../../../../src/validation/validateReturn.js";

const indicator = (id: string, title: string) => ({ id, title }) as IndicatorResult;
const rule = (code: string, indicators: string[], rows: number): RuleResult => ({
  code, message: `message ${code}`, tables: ["episodes.csv"], fields: ["LS"], indicators,
  failures: Array.from({ length: rows }, (_, k) => ({ file: "2022-23/episodes.csv", line: k + 2, child: "A", values: [] })) as unknown as RuleResult["failures"],
});

describe("the committee pack's appendix of failing DfE rules", () => {
  it("gives indicators touched by the same rules one row, and each rule's message once", () => {
    const report: RulesReport = {
      collectionYear: "2022-23", ruleset: "2022-23", skipped: [],
      results: [rule("365", ["a", "b", "c"], 2), rule("222", ["c"], 1), rule("542", [], 3)],
    };
    const html = renderRulesAppendix(report, [indicator("a", "Alpha"), indicator("b", "Beta"), indicator("c", "Gamma")]);
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => `${m[1]} | ${m[2]}`);
    expect(rows).toEqual(["Alpha; Beta | 365 (2)", "Gamma | 365 (2), 222 (1)", "No indicator | 542 (3)"]);
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).toContain("3 rules fail on 6 rows");
  });
});
