import { beforeAll, describe, expect, it } from "vitest";
import { generate903 } from "../../benchmarks/generator/generate903.js";
import type { Cohort } from "../../src/model/cohort.js";
import { loadReturn903 } from "../../src/io/ssda903/loadReturn903.js";
import { computeScorecard } from "../../src/scorecard/computeScorecard.js";

// Histories are kept per cohort object and options, calendars per set of bank-holiday
// changes (src/history/historyIndex.ts historyIndexFor, src/scorecard/run.ts): a later run on
// the same cohort must give what a first run on a fresh copy gives, whatever ran before it.
const files = generate903({ children: 400, years: ["2017-18", "2018-19"], seed: 5 });
const freshCohort = (): Cohort => loadReturn903(files).cohort;

const RUNS = [
  { name: "defaults", asAt: "2019-03-31", config: {} },
  { name: "episode counting, stale closed", asAt: "2019-03-31", config: { options: { placementCounting: "episode", staleOpenEpisodes: "close", collapseUnchangedMoves: true } } },
  // Every weekday of the year a holiday: working-day deadlines move far out.
  { name: "a year of bank holidays", asAt: "2019-03-31", config: { options: { bankHolidays: { add: weekdaysOf(2018) } } } },
  { name: "defaults at another date", asAt: "2018-12-31", config: {} },
] as const;

function weekdaysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

const scorecard = (cohort: Cohort, run: (typeof RUNS)[number]) =>
  computeScorecard(cohort, { asAt: run.asAt, config: run.config, population: 10_000, series: true, drillDown: "all" });

describe("scorecards on one cohort object", () => {
  let expected: Map<string, ReturnType<typeof scorecard>>;
  beforeAll(() => {
    expected = new Map(RUNS.map((run) => [run.name, scorecard(freshCohort(), run)]));
  });

  it("the bank-holiday run differs from the defaults (the cases below can tell calendars apart)", () => {
    const working = (name: string) => expected.get(name)!.indicators.filter((i) => ["reviews-on-time", "iha-on-time", "visits-on-time"].includes(i.id));
    expect(working("a year of bank holidays")).not.toEqual(working("defaults"));
  });

  it("give the same results as fresh cohorts, in any order and repeated", () => {
    const shared = freshCohort();
    for (const run of [...RUNS, ...[...RUNS].reverse(), RUNS[0]]) {
      expect(scorecard(shared, run), run.name).toEqual(expected.get(run.name));
    }
  });
});
