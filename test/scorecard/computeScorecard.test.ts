import { describe, expect, it } from "vitest";
import { CicScorecardError } from "../../src/errors.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";
import { dataStartOf } from "../../src/scorecard/run.js";
import { dayFromIso } from "../../src/dates/day.js";
import { noDatedRows } from "../../src/model/cohort.js";
import { CohortEpisodes } from "../../src/model/cohortEpisodes.js";
import { FAKES, child, cohort } from "./fakes.js";

// Ten children: six reviewed on 1 June 2018, one on 15 January 2019, three never.
// At R = 31/01/2019: 7 reviewed (70.0%); at R′ = 31/12/2018: 6 (60.0%).
const tenChildren = [
  ...["c01", "c02", "c03", "c04", "c05", "c06"].map((id) => child(id, ["2018-06-01"])),
  child("c07", ["2019-01-15"]),
  ...["c08", "c09", "c10"].map((id) => child(id)),
];
const ten = cohort(tenChildren);
const R = "2019-01-31";
const byId = (result: ReturnType<typeof computeScorecard>, id: string) => result.indicators.find((i) => i.id === id)!;

describe("computeScorecard", () => {
  it("gives the as-at date and W0 of the period", () => {
    const result = computeScorecard(ten, { asAt: R, indicators: FAKES });
    expect([result.asAt, result.periodStart]).toEqual(["2019-01-31", "2018-02-01"]);
    expect(computeScorecard(ten, { asAt: R, period: "fytd", indicators: FAKES }).periodStart).toBe("2018-04-01");
  });
  it("lists every registry indicator once, in registry order", () => {
    expect(computeScorecard(ten, { asAt: R, indicators: FAKES }).indicators.map((i) => i.id)).toEqual(["fake-count", "fake-rate", "fake-percent", "fake-days", "fake-missing"]);
  });
  it("evaluates a percentage against its target, previous value and benchmarks in config order", () => {
    const result = computeScorecard(ten, {
      asAt: R, indicators: FAKES,
      config: { indicators: { "fake-percent": { target: 75, tolerance: 5, benchmarks: [{ name: "Neighbours", year: "2017-18", value: 80 }, { name: "England", year: "2017-18", value: "x" }] } } },
    });
    expect(byId(result, "fake-percent")).toEqual({
      id: "fake-percent", title: "Fake fake-percent", unit: "percent", polarity: "higher-is-better",
      value: 70, numerator: 7, denominator: 10, target: 75, varianceTarget: -5, varianceTargetUnit: "points",
      rag: "amber", trend: "improving", previous: 60,
      benchmarks: [
        { name: "Neighbours", year: "2017-18", value: 80, variance: -10, varianceUnit: "points" },
        { name: "England", year: "2017-18", value: "x", variance: null, varianceUnit: "points" },
      ],
      suppressed: false, note: null,
    });
  });
  it("keeps the contract's key order", () => {
    expect(Object.keys(byId(computeScorecard(ten, { asAt: R, indicators: FAKES }), "fake-percent"))).toEqual([
      "id", "title", "unit", "polarity", "value", "numerator", "denominator", "target", "varianceTarget", "varianceTargetUnit",
      "rag", "trend", "previous", "benchmarks", "suppressed", "note",
    ]);
  });
  it("uses the registry's default target and pools days as total over children", () => {
    // 6 × 244 days + 16 days = 1480 over 7 children → 211; at R′ 6 × 213 → 213.
    expect(byId(computeScorecard(ten, { asAt: R, indicators: FAKES }), "fake-days")).toMatchObject({
      value: 211, numerator: 1480, denominator: 7, target: 426, varianceTarget: -215, varianceTargetUnit: "days", rag: "green", trend: "improving", previous: 213,
    });
  });
  it("lets the config remove a default target and override the polarity", () => {
    const result = computeScorecard(ten, { asAt: R, indicators: FAKES, config: { indicators: { "fake-days": { target: null, polarity: "higher-is-better" } } } });
    expect(byId(result, "fake-days")).toMatchObject({ polarity: "higher-is-better", target: null, varianceTarget: null, varianceTargetUnit: null, rag: null, trend: "worsening" });
  });
  it("gives a rate over the population, the flag winning over the config", () => {
    const result = computeScorecard(ten, { asAt: R, indicators: FAKES, population: 5000, config: { population: 70000 } });
    expect(byId(result, "fake-rate")).toMatchObject({ value: 14, numerator: 7, denominator: 5000, previous: 12, trend: "worsening" });
    expect(byId(computeScorecard(ten, { asAt: R, indicators: FAKES, config: { population: 70000 } }), "fake-rate")).toMatchObject({ value: 1, denominator: 70000 });
  });
  it("keeps a rate's numerator and notes the missing population", () => {
    expect(byId(computeScorecard(ten, { asAt: R, indicators: FAKES }), "fake-rate")).toMatchObject({
      value: null, numerator: 7, denominator: null, rag: null, trend: null, previous: null, note: "needs --population", suppressed: false,
    });
  });
  it("suppresses a percentage over fewer than 5 children, with its RAG, trend and variances", () => {
    const four = cohort([child("a", ["2018-06-01"]), child("b", ["2018-06-01"]), child("c"), child("d")]);
    const result = computeScorecard(four, { asAt: R, indicators: FAKES, config: { indicators: { "fake-percent": { target: 50, benchmarks: [{ name: "England", year: "2017-18", value: 10 }] } } } });
    expect(byId(result, "fake-percent")).toMatchObject({
      value: null, numerator: null, denominator: null, target: 50, varianceTarget: null, rag: null, trend: null, previous: null,
      benchmarks: [{ name: "England", year: "2017-18", value: 10, variance: null, varianceUnit: "points" }],
      suppressed: true, note: "denominator below 5: value suppressed",
    });
  });
  it("gives a suppressed figure's counts with hideCounts: false", () => {
    const four = cohort([child("a", ["2018-06-01"]), child("b", ["2018-06-01"]), child("c"), child("d")]);
    const result = computeScorecard(four, { asAt: R, indicators: FAKES, config: { suppression: { hideCounts: false } } });
    expect(byId(result, "fake-percent")).toMatchObject({ value: null, numerator: 2, denominator: 4, suppressed: true });
  });
  it("follows the configured minimum denominator and hideCounts", () => {
    const result = computeScorecard(ten, { asAt: R, indicators: FAKES, config: { suppression: { minDenominator: 11, hideCounts: true } } });
    expect(byId(result, "fake-percent")).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true, note: "denominator below 11: value suppressed" });
    expect(byId(result, "fake-count")).toMatchObject({ value: 7, suppressed: false });
  });
  it("notes an empty cohort", () => {
    const result = computeScorecard(cohort([]), { asAt: R, indicators: FAKES });
    expect(byId(result, "fake-percent")).toMatchObject({ value: null, numerator: 0, denominator: 0, suppressed: false, note: "no children in the cohort" });
    expect(byId(result, "fake-days")).toMatchObject({ value: null, numerator: null, denominator: 0, note: "no children in the cohort" });
    expect(byId(result, "fake-count")).toMatchObject({ value: 0, numerator: 0, denominator: null, note: null });
  });
  it("gives a missing table's note and no figures", () => {
    expect(byId(computeScorecard(ten, { asAt: R, indicators: FAKES, config: { indicators: { "fake-missing": { target: 90 } } } }), "fake-missing")).toMatchObject({
      value: null, numerator: null, denominator: null, target: 90, varianceTarget: null, varianceTargetUnit: "points", rag: null, previous: null, note: "needs visits.csv",
    });
  });
  it("has no previous value when R′ precedes 1 April of the earliest collection year", () => {
    // R′ = 15/03/2018, before 01/04/2018 (2018-19 is the only year).
    expect(byId(computeScorecard(ten, { asAt: "2018-04-15", indicators: FAKES }), "fake-count")).toMatchObject({ previous: null, trend: null });
    expect(byId(computeScorecard(ten, { asAt: "2018-05-15", indicators: FAKES }), "fake-count")).toMatchObject({ previous: 0 });
  });
  it("compares with R′ chosen by trendCompareWith", () => {
    const previousYear = computeScorecard(cohort(tenChildren, 2018), { asAt: R, indicators: FAKES, config: { options: { trendCompareWith: "previous-year" } } });
    expect(byId(previousYear, "fake-count").previous).toBe(0);
    const previousPeriod = computeScorecard(ten, { asAt: R, period: "month", indicators: FAKES, config: { options: { trendCompareWith: "previous-period" } } });
    expect(byId(previousPeriod, "fake-count").previous).toBe(6);
  });
  it("adds the series of 12 month-ends, R last, null before the data", () => {
    const series = byId(computeScorecard(ten, { asAt: R, indicators: FAKES, series: true }), "fake-count").series!;
    expect(series.map((p) => p.asAt)).toEqual([
      "2018-02-28", "2018-03-31", "2018-04-30", "2018-05-31", "2018-06-30", "2018-07-31", "2018-08-31", "2018-09-30", "2018-10-31", "2018-11-30", "2018-12-31", "2019-01-31",
    ]);
    expect(series.map((p) => p.value)).toEqual([null, null, 0, 0, 6, 6, 6, 6, 6, 6, 6, 7]);
  });
  it("adds members only for the drill-down ids, and breakdowns when asked", () => {
    const result = computeScorecard(ten, { asAt: R, indicators: FAKES, drillDown: ["fake-percent"], breakdowns: true });
    expect(byId(result, "fake-percent").members).toEqual({
      numerator: ["c01", "c02", "c03", "c04", "c05", "c06", "c07"], denominator: ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10"], excluded: [],
    });
    expect("members" in byId(result, "fake-count")).toBe(false);
    expect(byId(result, "fake-count").breakdowns).toEqual({ reviewed: { yes: 7, no: 3 } });
    expect(computeScorecard(ten, { asAt: R, indicators: FAKES, drillDown: "all" }).indicators.every((i) => i.members !== undefined)).toBe(true);
  });
  it("adds a narrative sentence when asked, and none otherwise", () => {
    expect(byId(computeScorecard(ten, { asAt: R, indicators: FAKES, narrative: true }), "fake-percent").narrative).toMatch(/Fake fake-percent/);
    expect("narrative" in byId(computeScorecard(ten, { asAt: R, indicators: FAKES }), "fake-percent")).toBe(false);
  });
  it("is the same for a Day and for ISO text", () => {
    expect(computeScorecard(ten, { asAt: dayFromIso(R), indicators: FAKES })).toEqual(computeScorecard(ten, { asAt: R, indicators: FAKES }));
  });
  it("throws on misuse: an as-at that is not a date, an unknown drill-down id, a bad population, a bad config", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof CicScorecardError ? error.code : "other";
      }
      return "none";
    };
    expect(code(() => computeScorecard(ten, { asAt: "2019-02-30", indicators: FAKES }))).toBe("invalid_argument");
    expect(code(() => computeScorecard(ten, { asAt: R, indicators: FAKES, drillDown: ["nope"] }))).toBe("unknown_indicator");
    expect(code(() => computeScorecard(ten, { asAt: R, indicators: FAKES, population: 0 }))).toBe("invalid_argument");
    expect(code(() => computeScorecard(ten, { asAt: R, indicators: FAKES, config: { indicators: { "cla-count": {} } } }))).toBe("invalid_config");
    // @ts-expect-error a misspelt key fails to compile, and is still refused at run time (JSON from a file is not typed)
    expect(code(() => computeScorecard(ten, { asAt: R, indicators: FAKES, config: { tragets: {} } }))).toBe("invalid_config");
  });
});

describe("dataStartOf", () => {
  it("is 1 April of the earliest input year", () => {
    const twoYears = { years: [{ label: "2017-18", endYear: 2018, tables: [] }, { label: "2018-19", endYear: 2019, tables: [] }], children: [], episodes: CohortEpisodes.empty(0), ...noDatedRows(0) };
    expect(dataStartOf(twoYears)).toBe(dayFromIso("2017-04-01"));
  });
  it("takes a single return's year from its earliest episode start", () => {
    expect(dataStartOf(cohort([child("a", [], "2016-02-10"), child("b", [], "2018-06-01")], null))).toBe(dayFromIso("2015-04-01"));
    expect(dataStartOf(cohort([child("a")], null))).toBeNull();
  });
});

