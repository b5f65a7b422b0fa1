import { describe, expect, it } from "vitest";
import { healthCheckAnnual } from "../../../src/indicators/health/healthCheckAnnual.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { buildCohort } from "../../../src/history/buildCohort.js";
import { tableRecordsOf } from "../../../src/model/return903.js";
import type { RecordLists } from "../../../src/model/records.js";
import { TABLES, type TableName } from "../../../src/model/tables.js";
import { cohortOf, contextFor, episode, header, healthAssessmentRecord, oc2Record } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// R = 31/03/2025: C12 needs a period from ≤ 01/04/2024; 12 months from 01/04/2024, 6 months from 01/10/2024.
const R = "2025-03-31";
const inCare = (id: string) => episode(id, { start: "2023-01-01" });

describe("healthCheckAnnual, local source", () => {
  it("gives a child under 5 six months and a child of 5 or over twelve", () => {
    const cohort = cohortOf({
      episodes: [inCare("u5a"), inCare("u5b"), inCare("five"), inCare("nodob")],
      header: [header("u5a", "2020-04-01"), header("u5b", "2020-04-01"), header("five", "2020-03-31")],
      health_assessments: [
        healthAssessmentRecord("u5a", "review", "2024-10-01"),
        healthAssessmentRecord("u5b", "review", "2024-09-30"),
        healthAssessmentRecord("five", "review", "2024-09-30"),
        healthAssessmentRecord("nodob", "initial", "2024-04-01"),
      ],
    });
    const m = measured(healthCheckAnnual.compute(contextFor(cohort, R)));
    expect(m.members.numerator).toEqual(["five", "nodob", "u5a"]);
    expect(m.denominator).toBe(4);
  });

  it("follows healthUnder5Months", () => {
    const cohort = cohortOf({ episodes: [inCare("1")], header: [header("1", "2022-01-01")], health_assessments: [healthAssessmentRecord("1", "review", "2024-06-01")] });
    expect(measured(healthCheckAnnual.compute(contextFor(cohort, R))).numerator).toBe(0);
    expect(measured(healthCheckAnnual.compute(contextFor(cohort, R, { options: { healthUnder5Months: 12 } }))).numerator).toBe(1);
  });

  it("does not count a dental check or an assessment before ws(R, 12)", () => {
    const cohort = cohortOf({ episodes: [inCare("1")], health_assessments: [healthAssessmentRecord("1", "dental", "2025-01-01"), healthAssessmentRecord("1", "review", "2024-03-31")] });
    expect(measured(healthCheckAnnual.compute(contextFor(cohort, R))).numerator).toBe(0);
  });

  it("divides by C12(R) only", () => {
    const cohort = cohortOf({ episodes: [inCare("old"), episode("new", { start: "2024-04-02" })], health_assessments: [] });
    const m = measured(healthCheckAnnual.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["old"]);
    expect(m.members.excluded).toEqual([{ child: "new", reason: "in-care-under-12-months" }]);
  });

  it("has 0 of 0 for an empty cohort", () => {
    const m = measured(healthCheckAnnual.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });
});

describe("healthCheckAnnual, source choice", () => {
  const records: Partial<RecordLists> = {
    episodes: [inCare("1")],
    health_assessments: [healthAssessmentRecord("1", "review", "2024-06-01")],
    oc2: [oc2Record("1", { healthAssessment: 0 })],
  };

  it("reads health_assessments.csv when the input has one (auto)", () => {
    expect(measured(healthCheckAnnual.compute(contextFor(cohortOf(records), R))).numerator).toBe(1);
  });

  it("reads oc2.csv when health_assessments.csv is absent (auto)", () => {
    const tables = TABLES.filter((t) => t !== "health_assessments");
    expect(measured(healthCheckAnnual.compute(contextFor(cohortOf(records, tables), R))).numerator).toBe(0);
  });

  it("reads oc2.csv when forced, even with local assessments", () => {
    expect(measured(healthCheckAnnual.compute(contextFor(cohortOf(records), R, { options: { healthSource: "oc2" } }))).numerator).toBe(0);
  });

  it("reads health_assessments.csv when forced, and names it when absent", () => {
    const tables = TABLES.filter((t) => t !== "health_assessments");
    expect(healthCheckAnnual.compute(contextFor(cohortOf(records, tables), R, { options: { healthSource: "local" } }))).toEqual({ kind: "missing-data", tables: ["health_assessments"], year: null, note: "needs health_assessments.csv" });
  });

  it("counts HEALTH_ASSESSMENT = 1 from a single return's one oc2.csv; no row counts as not done", () => {
    const cohort = cohortOf({ episodes: [inCare("1"), inCare("2")], oc2: [oc2Record("1", { healthAssessment: 1 })] }, ["episodes", "oc2"]);
    const m = measured(healthCheckAnnual.compute(contextFor(cohort, R)));
    expect([m.members.numerator, m.denominator]).toEqual([["1"], 2]);
  });

  it("says needs oc2.csv when a single return has none", () => {
    expect(healthCheckAnnual.compute(contextFor(cohortOf(records, ["episodes"]), R))).toEqual({ kind: "missing-data", tables: ["oc2"], year: null, note: "needs oc2.csv" });
  });
});

describe("healthCheckAnnual, OC2 year", () => {
  const yearOf = (endYear: number, tables: TableName[], records: Partial<RecordLists>) => ({
    label: `${endYear - 1}-${String(endYear % 100).padStart(2, "0")}`, endYear, tables, records: tableRecordsOf(records),
  });

  it("uses the OC2 row of the collection year that contains R", () => {
    const cohort = buildCohort({ years: [
      yearOf(2024, ["episodes", "oc2"], { episodes: [inCare("1")], oc2: [oc2Record("1", { healthAssessment: 1 })] }),
      yearOf(2025, ["episodes", "oc2"], { episodes: [inCare("1")], oc2: [oc2Record("1", { healthAssessment: 0 })] }),
    ] }).cohort;
    expect(measured(healthCheckAnnual.compute(contextFor(cohort, "2025-03-31"))).numerator).toBe(0);
    expect(measured(healthCheckAnnual.compute(contextFor(cohort, "2024-03-31"))).numerator).toBe(1);
  });

  it("names the year when that year has no oc2.csv", () => {
    const cohort = buildCohort({ years: [
      yearOf(2018, ["episodes", "oc2"], { episodes: [episode("1", { start: "2015-01-01" })], oc2: [oc2Record("1", { healthAssessment: 1 })] }),
      yearOf(2019, ["episodes"], { episodes: [episode("1", { start: "2015-01-01" })] }),
    ] }).cohort;
    expect(healthCheckAnnual.compute(contextFor(cohort, "2019-01-31"))).toEqual({ kind: "missing-data", tables: ["oc2"], year: "2018-19", note: "needs oc2.csv for 2018-19" });
  });

  it("names the year when R is in a year the input does not have", () => {
    const cohort = buildCohort({ years: [yearOf(2018, ["episodes", "oc2"], { episodes: [episode("1", { start: "2015-01-01" })] })] }).cohort;
    expect(healthCheckAnnual.compute(contextFor(cohort, "2018-04-30"))).toEqual({ kind: "missing-data", tables: ["oc2"], year: "2018-19", note: "needs oc2.csv for 2018-19" });
  });
});
