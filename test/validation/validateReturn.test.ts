import { describe, expect, it } from "vitest";
import { CicScorecardError } from "../../src/errors.js";
import { indicatorsOfRule, validateReturn } from "../../src/validation/validateReturn.js";
import { compareCodes } from "../../src/validation/catalogue.js";
import { rulesetRules } from "../../src/validation/registry.js";
import { csv } from "./ruleFixture.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC";

describe("validateReturn", () => {
  it("checks the latest year folder by default, with its own ruleset", () => {
    const report = validateReturn({ "2021-22/header.csv": csv(HEADER, "1,9,01/01/2010,WBRI"), "2022-23/header.csv": csv(`${HEADER},UASC`, "1,1,01/01/2010,WBRI,0") });
    expect([report.collectionYear, report.ruleset]).toEqual(["2022-23", "2022-23"]);
    // Last year's SEX 9 is not checked (rule 101), only read as last year's: the SEX changed
    // (202). EPI: the child has no episodes.
    expect(report.results.map((r) => r.code)).toEqual(["202", "EPI"]);
  });

  it("checks a year before 2022-23 with the 2022-23 rules", () => {
    const report = validateReturn({ "2018-19/header.csv": csv(HEADER, "1,9,01/01/2010,WBRI") }, { year: "2018-19" });
    expect([report.collectionYear, report.ruleset]).toEqual(["2018-19", "2022-23"]);
    expect(report.results[0]).toEqual({
      code: "101", message: "Gender code is not valid.", tables: ["header.csv"], fields: ["SEX"], indicators: ["cla-count"],
      failures: [{ file: "2018-19/header.csv", line: 2, child: "1", values: ["9"] }],
    });
  });

  it("lists every rule it could not run, in code order, with why", () => {
    const report = validateReturn({ "2022-23/header.csv": csv(HEADER, "1,1,01/01/2010,WBRI") });
    const reasons = new Map(report.skipped.map((s) => [s.code, s.reason]));
    expect(reasons.get("101")).toBeUndefined();
    const unimplemented = rulesetRules("2022-23").filter((r) => r.definition === null).map((r) => r.facts.code);
    expect(report.skipped.filter((s) => s.reason === "not implemented yet").map((s) => s.code)).toEqual(unimplemented);
    expect(report.skipped.map((s) => s.code)).toEqual([...report.skipped.map((s) => s.code)].sort(compareCodes));
  });

  it("infers a single return's year from its latest episode date", () => {
    const files = { "header.csv": csv(HEADER, "1,1,01/01/2010,WBRI"), "episodes.csv": csv("CHILD,DECOM,DEC", "1,01/05/2022,", "1,01/04/2021,01/05/2022") };
    expect(validateReturn(files).collectionYear).toBe("2022-23");
  });

  it("refuses a year the folder does not hold, or a malformed one", () => {
    const files = { "2022-23/header.csv": csv(HEADER) };
    expect(() => validateReturn(files, { year: "2020-21" })).toThrow(CicScorecardError);
    expect(() => validateReturn(files, { year: "2022" })).toThrow(/not a collection year/);
  });

  it("reads DoLo.csv for the rules though the scorecard reader does not", () => {
    const report = validateReturn({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END"), "2026-27/header.csv": csv(HEADER) });
    expect(report.collectionYear).toBe("2026-27");
  });
});

describe("indicatorsOfRule", () => {
  it("derives the indicators from the columns each indicator reads", () => {
    expect(indicatorsOfRule({ fields: ["REVIEW"], tables: ["reviews.csv"], previousYearTables: [] })).toEqual(["reviews-on-time"]);
    expect(indicatorsOfRule({ fields: ["DUC"], tables: ["uasc.csv"], previousYearTables: [] })).toEqual([]);
  });
});
