import { describe, expect, it } from "vitest";
import { BankHolidayCalendar } from "../../../src/dates/bankHolidays.js";
import { dayFromIso } from "../../../src/dates/day.js";
import { ihaOnTime } from "../../../src/indicators/health/ihaOnTime.js";
import type { Measurement } from "../../../src/indicators/types.js";
import type { EpisodeRecord } from "../../../src/model/records.js";
import { cohortOf, contextFor, episode, healthAssessmentRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// Entry Fri 11/04/2025; due Wed 14/05/2025 (Good Friday 18/04, Easter Monday 21/04 and 5 May skipped).
const entry = (end: string | null = null, rec: string | null = null): EpisodeRecord[] => [episode("1", { start: "2025-04-11", end, rec })];
const measure = (episodes: EpisodeRecord[], ihaDates: string[], asAt = "2025-05-31", options = {}) =>
  measured(ihaOnTime.compute(contextFor(cohortOf({ episodes, health_assessments: ihaDates.map((d) => healthAssessmentRecord("1", "initial", d)) }), asAt, { options })));
const counts = (m: Measurement & { kind: "measured" }) => [m.numerator, m.denominator];

describe("ihaOnTime", () => {
  it("calls an IHA on 13/05/2025 on time (forgetting the holidays would put the due date at 09/05)", () => {
    expect(counts(measure(entry(), ["2025-05-13"]))).toEqual([1, 1]);
  });

  it("calls an IHA on the due date on time and the day after late", () => {
    expect(counts(measure(entry(), ["2025-05-14"]))).toEqual([1, 1]);
    expect(counts(measure(entry(), ["2025-05-15"]))).toEqual([0, 1]);
  });

  it("uses the run's bank-holiday calendar (a council adds 13/05/2025: due moves to 15/05)", () => {
    const context = contextFor(cohortOf({ episodes: entry(), health_assessments: [healthAssessmentRecord("1", "initial", "2025-05-15")] }), "2025-05-31");
    const withExtraHoliday = { ...context, calendar: new BankHolidayCalendar({ add: [dayFromIso("2025-05-13")] }) };
    expect(counts(measured(ihaOnTime.compute(context)))).toEqual([0, 1]);
    expect(counts(measured(ihaOnTime.compute(withExtraHoliday)))).toEqual([1, 1]);
  });

  it("counts an IHA in the 3 months before entry (11/01/2025) but not the day before that", () => {
    expect(counts(measure(entry(), ["2025-01-11"]))).toEqual([1, 1]);
    expect(counts(measure(entry(), ["2025-01-10"]))).toEqual([0, 1]);
  });

  it("ignores assessments of other types", () => {
    const cohort = cohortOf({ episodes: entry(), health_assessments: [healthAssessmentRecord("1", "review", "2025-05-01"), healthAssessmentRecord("1", "dental", "2025-05-01")] });
    expect(counts(measured(ihaOnTime.compute(contextFor(cohort, "2025-05-31"))))).toEqual([0, 1]);
  });

  it("excludes a child who left care within 28 days (period ended on entry + 28)", () => {
    const m = measure(entry("2025-05-09", "E4A"), ["2025-05-01"]);
    expect(counts(m)).toEqual([0, 0]);
    expect(m.members.excluded).toEqual([{ child: "1", reason: "left-care-within-28-days" }]);
  });

  it("keeps a child still in care on entry + 28 who left after", () => {
    expect(counts(measure(entry("2025-05-10", "E4A"), ["2025-05-01"]))).toEqual([1, 1]);
  });

  it("follows ihaMinDaysInCare", () => {
    const m = measure(entry("2025-05-10", "E4A"), ["2025-05-01"], "2025-05-31", { ihaMinDaysInCare: 29 });
    expect(m.members.excluded).toEqual([{ child: "1", reason: "left-care-within-29-days" }]);
  });

  it("leaves out a child whose IHA is not yet due at R", () => {
    const m = measure(entry(), [], "2025-05-13");
    expect(counts(m)).toEqual([0, 0]);
    expect(m.members.excluded).toEqual([{ child: "1", reason: "not-yet-due" }]);
  });

  it("uses the first start that qualifies when an earlier one left within 28 days", () => {
    const episodes = [episode("1", { start: "2025-01-06", end: "2025-01-20", rec: "E4A" }), episode("1", { start: "2025-04-11" })];
    // 08/01/2025 would be on time for the January start, but is more than 3 months before April's
    expect(counts(measure(episodes, ["2025-01-08"]))).toEqual([0, 1]);
    expect(counts(measure(episodes, ["2025-04-20"]))).toEqual([1, 1]);
  });

  it("does not count a start that is a short break", () => {
    const m = measure([episode("1", { start: "2025-04-11", ls: "V3" })], ["2025-05-01"]);
    expect(counts(m)).toEqual([0, 0]);
    expect(m.members.excluded).toEqual([{ child: "1", reason: "short-break" }]);
  });

  it("does not count a start outside the window", () => {
    expect(counts(measure(entry(), ["2025-05-01"], "2025-05-31", {}))).toEqual([1, 1]);
    const m = measured(ihaOnTime.compute(contextFor(cohortOf({ episodes: entry() }), "2025-05-31", { period: "month" })));
    expect(counts(m)).toEqual([0, 0]);
  });

  it("has 0 of 0 for an empty cohort", () => {
    expect(counts(measured(ihaOnTime.compute(contextFor(cohortOf({}), "2025-05-31"))))).toEqual([0, 0]);
  });

  it("needs health_assessments.csv", () => {
    expect(ihaOnTime.compute(contextFor(cohortOf({ episodes: entry() }, ["episodes"]), "2025-05-31"))).toEqual({ kind: "missing-data", tables: ["health_assessments"], year: null, note: "needs health_assessments.csv" });
  });
});
