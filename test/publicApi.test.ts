import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import type { DataIssue, IndicatorId, ScorecardConfigInput } from "../src/index.js";
import { BUILT_IN_INDICATORS } from "../src/indicators/registry.js";

/** The runtime exports of the main entry: adding or removing one is a decision, made here. */
const PUBLIC_VALUES = [
  "BREAKDOWN_LABELS", "BREAKDOWN_NAMES", "BUILT_IN_INDICATORS", "BankHolidayCalendar", "CicScorecardError", "CohortEpisodes", "DEFAULT_OPTIONS", "checkRules",
  "DEFAULT_SUPPRESSION", "INDICATOR_IDS", "ISSUE_CODES", "LOCAL_TABLES", "MembersBuilder", "PERIOD_KINDS", "PostcodeDirectoryReader", "RECONCILED_INDICATORS", "RULESET_YEARS",
  "SUPPRESSION_MARKS", "TABLES", "TABLES_903", "TABLE_COLUMNS", "addDays", "addMonths", "addWorkingDays", "buildCohort",
  "computeScorecard", "createRegistry", "currentEpisode", "dayFromIso", "dayFromYmd", "defineIndicator", "derivedValue", "drillDown", "evaluate",
  "findIndicator", "indicatorReaders", "isExcludedAsUasc", "isLookedAfterOn", "isSuppressionMark", "isUascOn", "isoFromDay", "loadReturn903", "loadRuleTables",
  "missingData", "missingTables", "narrativeFor", "noDatedRows", "parseConfig", "parseConfigText", "parseIsoDay", "parseOfstedLists", "parsePostcodeDirectory", "parseReturn903", "tableRecordsOf",
  "postcodesInReturn", "presentFigure", "presentValue",
  "ragOf", "reconcileYears", "renderCsv", "renderDataQualityCsv", "renderDataQualityJson", "renderDataQualityTable", "renderHtml",
  "renderJson", "renderTable", "renderValidationCsv", "renderValidationJson", "renderValidationTable", "renderXlsx", "reportingPeriod",
  "resolveOptions", "rulesetForYear", "titleOf", "trendOf", "ukFromDay", "varianceAgainstBenchmark", "validateReturn", "varianceAgainstTarget", "workingDaysBetween",
  "ymdFromDay",
];

describe("the public API", () => {
  it("exports exactly the chosen values", () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_VALUES].sort());
  });

  it("keeps internals out", () => {
    for (const internal of ["easterSunday", "EpisodeColumns", "optionsSchema", "dataIssueSchema", "compareIssues", "createHistoryIndex"]) {
      expect(Object.keys(api), internal).not.toContain(internal);
    }
  });

  it("lists the registry's indicator ids in registry order", () => {
    expect(api.INDICATOR_IDS).toEqual(BUILT_IN_INDICATORS.map((definition) => definition.id));
  });

  it("types indicator ids, the config file and a data issue", () => {
    expectTypeOf<"placements-3plus">().toExtend<IndicatorId>();
    expectTypeOf<"placements-3plu">().not.toExtend<IndicatorId>();
    const config: ScorecardConfigInput = { population: 50000, indicators: { "placements-3plus": { target: 9, tolerance: 1, benchmarks: [] } } };
    expect(api.parseConfig(config).indicators["placements-3plus"]?.target).toBe(9);
    // @ts-expect-error a misspelt indicator id is a type error as well as a parse error
    const misspelt: ScorecardConfigInput = { indicators: { "placements-3plu": { target: 9 } } };
    expect(() => api.parseConfig(misspelt)).toThrow(api.CicScorecardError);
    expectTypeOf<DataIssue["code"]>().toEqualTypeOf<(typeof api.ISSUE_CODES)[number]>();
  });

  it("accepts an editor's $schema key in a config file", () => {
    expect(api.parseConfigText('{"$schema": "./node_modules/cic-scorecard/schema/config.schema.json", "population": 1000}').population).toBe(1000);
  });
});
