import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/dates/day.js";
import { isOfSchoolAge, schoolYearStart } from "../../../src/indicators/education/schoolAge.js";
import { pepCurrent } from "../../../src/indicators/education/pepCurrent.js";
import type { Measurement } from "../../../src/indicators/types.js";
import type { RecordLists } from "../../../src/model/records.js";
import { cohortOf, contextFor, episode, header, pepRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const schoolAge = (dob: string, asAt: string, groups: "reception-to-11" | "reception-to-13" = "reception-to-11") =>
  isOfSchoolAge(dayFromIso(dob), dayFromIso(asAt), groups);

describe("isOfSchoolAge", () => {
  // R = 31/03/2025: the school year began 01/09/2024, ages are taken on 31/08/2024.
  it("starts at age 4 on 31 August (Reception)", () => {
    expect(schoolAge("2020-08-31", "2025-03-31")).toBe(true);
    expect(schoolAge("2020-09-01", "2025-03-31")).toBe(false);
  });

  it("ends at age 15 on 31 August (Year 11)", () => {
    expect(schoolAge("2008-09-01", "2025-03-31")).toBe(true);
    expect(schoolAge("2008-08-31", "2025-03-31")).toBe(false);
  });

  it("extends to age 17 (Year 13) under reception-to-13", () => {
    expect(schoolAge("2008-08-31", "2025-03-31", "reception-to-13")).toBe(true);
    expect(schoolAge("2006-09-01", "2025-03-31", "reception-to-13")).toBe(true);
    expect(schoolAge("2006-08-31", "2025-03-31", "reception-to-13")).toBe(false);
  });

  it("moves to the new school year on 1 September", () => {
    expect(schoolYearStart(dayFromIso("2024-09-01"))).toBe(dayFromIso("2024-09-01"));
    expect(schoolYearStart(dayFromIso("2024-08-31"))).toBe(dayFromIso("2023-09-01"));
    expect(schoolAge("2020-08-31", "2024-08-31")).toBe(false); // aged 3 on 31/08/2023
    expect(schoolAge("2020-08-31", "2024-09-01")).toBe(true);
  });
});

// R = 31/03/2025: in care from ≤ 01/03/2025; PEP from 01/10/2024.
const R = "2025-03-31";
const pupil = (id: string, start = "2023-01-01") => ({ episode: episode(id, { start }), header: header(id, "2014-05-01") });
const records = (...children: ReturnType<typeof pupil>[]): Partial<RecordLists> => ({
  episodes: children.map((c) => c.episode),
  header: children.map((c) => c.header),
});

describe("pepCurrent", () => {
  it("counts a PEP from ws(R, 6) but not the day before", () => {
    const cohort = cohortOf({ ...records(pupil("a"), pupil("b")), peps: [pepRecord("a", "2024-10-01"), pepRecord("b", "2024-09-30")] });
    const m = measured(pepCurrent.compute(contextFor(cohort, R)));
    expect([m.members.numerator, m.denominator]).toEqual([["a"], 2]);
  });

  it("accepts any PEP in the current period when pepMaxAgeMonths is null", () => {
    const cohort = cohortOf({ ...records(pupil("b")), peps: [pepRecord("b", "2023-02-01")] });
    expect(measured(pepCurrent.compute(contextFor(cohort, R, { options: { pepMaxAgeMonths: null } }))).numerator).toBe(1);
    expect(measured(pepCurrent.compute(contextFor(cohort, R, { options: { pepMaxAgeMonths: 12 } }))).numerator).toBe(0);
  });

  it("does not count a PEP from before the current period", () => {
    const cohort = cohortOf({
      episodes: [episode("c", { start: "2023-01-01", end: "2024-11-01", rec: "E4A" }), episode("c", { start: "2024-12-01" })],
      header: [header("c", "2014-05-01")],
      peps: [pepRecord("c", "2024-10-15")],
    });
    const m = measured(pepCurrent.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([0, 1]);
  });

  it("needs a month in care: a period from ws(R, 1) is in, from the day after is not", () => {
    const cohort = cohortOf({ ...records(pupil("d", "2025-03-01"), pupil("e", "2025-03-02")), peps: [] });
    const m = measured(pepCurrent.compute(contextFor(cohort, R)));
    expect(m.members.denominator).toEqual(["d"]);
    expect(m.members.excluded).toEqual([{ child: "e", reason: "in-care-under-a-month" }]);
  });

  it("leaves out children of unknown DOB and those not of school age, with reasons", () => {
    const cohort = cohortOf({
      episodes: [episode("nodob", { start: "2023-01-01" }), episode("baby", { start: "2023-01-01" }), episode("y12", { start: "2023-01-01" })],
      header: [header("baby", "2022-01-01"), header("y12", "2008-08-31")],
      peps: [],
    });
    const m = measured(pepCurrent.compute(contextFor(cohort, R)));
    expect(m.members.excluded).toEqual([
      { child: "baby", reason: "not-school-age" },
      { child: "nodob", reason: "date-of-birth-unknown" },
      { child: "y12", reason: "not-school-age" },
    ]);
    const wider = measured(pepCurrent.compute(contextFor(cohort, R, { options: { pepYearGroups: "reception-to-13" } })));
    expect(wider.members.denominator).toEqual(["y12"]);
  });

  it("has 0 of 0 for an empty cohort", () => {
    const m = measured(pepCurrent.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("needs peps.csv", () => {
    expect(pepCurrent.compute(contextFor(cohortOf(records(pupil("a")), ["episodes", "header"]), R))).toEqual({ kind: "missing-data", tables: ["peps"], year: null, note: "needs peps.csv" });
  });
});
