import { describe, expect, it } from "vitest";
import { dentalCheck } from "../../../src/indicators/health/dentalCheck.js";
import { immunisationsUpToDate } from "../../../src/indicators/health/immunisations.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { TABLES } from "../../../src/model/tables.js";
import { cohortOf, contextFor, episode, header, healthAssessmentRecord, oc2Record } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const R = "2025-03-31";
const inCare = (id: string) => episode(id, { start: "2023-01-01" });
const withoutLocal = TABLES.filter((t) => t !== "health_assessments");

describe("dentalCheck", () => {
  it("counts a local dental check from ws(R, 12), at any age", () => {
    const cohort = cohortOf({
      episodes: [inCare("a"), inCare("b"), inCare("c")],
      header: [header("a", "2022-01-01")],
      health_assessments: [
        healthAssessmentRecord("a", "dental", "2024-04-01"),
        healthAssessmentRecord("b", "dental", "2024-03-31"),
        healthAssessmentRecord("c", "review", "2025-01-01"),
      ],
    });
    const m = measured(dentalCheck.compute(contextFor(cohort, R)));
    expect([m.members.numerator, m.denominator]).toEqual([["a"], 3]);
  });

  it("reads TEETH_CHECK from oc2.csv without local assessments", () => {
    const cohort = cohortOf({ episodes: [inCare("a"), inCare("b")], oc2: [oc2Record("a", { teethCheck: 1 }), oc2Record("b", { teethCheck: 0, healthAssessment: 1 })] }, withoutLocal);
    expect(measured(dentalCheck.compute(contextFor(cohort, R))).members.numerator).toEqual(["a"]);
  });

  it("has 0 of 0 for an empty cohort", () => {
    const m = measured(dentalCheck.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("is titled as the spec says", () => {
    expect(dentalCheck.title).toBe("Children in care for 12 months or more with an up-to-date dental check");
  });
});

describe("immunisationsUpToDate", () => {
  it("reads IMMUNISATIONS from oc2.csv even when healthSource is local", () => {
    const cohort = cohortOf({ episodes: [inCare("a"), inCare("b"), inCare("c")], oc2: [oc2Record("a", { immunisations: 1 }), oc2Record("b", { immunisations: 0 })] });
    const m = measured(immunisationsUpToDate.compute(contextFor(cohort, R, { options: { healthSource: "local" } })));
    expect([m.members.numerator, m.denominator]).toEqual([["a"], 3]);
  });

  it("needs oc2.csv", () => {
    expect(immunisationsUpToDate.compute(contextFor(cohortOf({ episodes: [inCare("a")] }, ["episodes", "health_assessments"]), R))).toEqual({ kind: "missing-data", tables: ["oc2"], year: null, note: "needs oc2.csv" });
  });

  it("needs episodes.csv", () => {
    expect(immunisationsUpToDate.compute(contextFor(cohortOf({}, ["oc2"]), R))).toEqual({ kind: "missing-data", tables: ["episodes"], year: null, note: "needs episodes.csv" });
  });
});
