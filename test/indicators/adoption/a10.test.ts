import { describe, expect, it } from "vitest";
import { adoptionA1Days } from "../../../src/indicators/adoption/a1.js";
import { adoptionA10Days } from "../../../src/indicators/adoption/a10.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { ad1Record, chain, cohortOf, contextFor } from "../../fixtures/builders.js";
import { childJ, childK } from "./workedExamples.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const R = "2019-01-31";

// F: placed for adoption (A6) with the same carer (RNE T) on 01/06/2017, 151 days after entry.
const childF = () => chain("F", [
  { start: "2017-01-01", place: "U4" },
  { start: "2017-06-01", end: "2017-12-01", rne: "T", ls: "E1", place: "A6", rec: "E12" },
]);

describe("adoptionA10Days", () => {
  it("reproduces the worked example: J 405 days, K 57 days from 01/03/2017", () => {
    const cohort = cohortOf({ episodes: [...childJ(), ...childK()], ad1: [ad1Record("J", { matchDate: "2018-01-05", fosterCare: 0 })] });
    const m = measured(adoptionA10Days.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([462, 2]);
  });

  it("differs from A1 for K, adopted by their foster carer (A1 302, A10 57)", () => {
    const cohort = cohortOf({ episodes: childK() });
    expect(measured(adoptionA1Days.compute(contextFor(cohort, R))).numerator).toBe(302);
    expect(measured(adoptionA10Days.compute(contextFor(cohort, R))).numerator).toBe(57);
  });

  it("builds carer spells whatever placementCounting says", () => {
    const cohort = cohortOf({ episodes: childK() });
    const m = measured(adoptionA10Days.compute(contextFor(cohort, R, { options: { placementCounting: "episode" } })));
    expect(m.numerator).toBe(57);
  });

  it("treats AD1 FOSTER_CARE 1 as a foster-carer adoption even when the episodes do not show it", () => {
    const without = cohortOf({ episodes: childF(), ad1: [ad1Record("F", { matchDate: "2017-05-01", fosterCare: 0 })] });
    expect(measured(adoptionA10Days.compute(contextFor(without, "2018-03-31"))).numerator).toBe(151);
    const withFlag = cohortOf({ episodes: childF(), ad1: [ad1Record("F", { matchDate: "2017-05-01", fosterCare: 1 })] });
    expect(measured(adoptionA10Days.compute(contextFor(withFlag, "2018-03-31"))).numerator).toBe(0);
  });

  it("keeps A1's end for a flagged foster-carer adoption that began with a new carer", () => {
    const cohort = cohortOf({ episodes: childJ(), ad1: [ad1Record("J", { matchDate: "2018-01-05", fosterCare: 1 })] });
    expect(measured(adoptionA10Days.compute(contextFor(cohort, R))).numerator).toBe(405);
  });

  it("says it needs ad1.csv when the table is absent", () => {
    const cohort = cohortOf({ episodes: childK() }, ["header", "episodes"]);
    expect(adoptionA10Days.compute(contextFor(cohort, R))).toEqual({ kind: "missing-data", tables: ["ad1"], year: null, note: "needs ad1.csv" });
  });

  it("has nobody to average in an empty cohort", () => {
    const m = measured(adoptionA10Days.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("has the 426-day default target", () => {
    expect(adoptionA10Days.defaultTarget).toBe(426);
  });
});
