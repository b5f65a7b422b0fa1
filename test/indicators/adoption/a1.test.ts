import { describe, expect, it } from "vitest";
import { adoptionA1Days } from "../../../src/indicators/adoption/a1.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { ad1Record, chain, cohortOf, contextFor, episode, uascRecord } from "../../fixtures/builders.js";
import { childJ, childK } from "./workedExamples.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const R = "2019-01-31"; // window 01/02/2018–31/01/2019

describe("adoptionA1Days", () => {
  it("reproduces the worked example: J 405 days, K 302 days, total 707 over 2 children", () => {
    const cohort = cohortOf({ episodes: [...childJ(), ...childK()], ad1: [ad1Record("J", { matchDate: "2018-01-05" })] });
    const m = measured(adoptionA1Days.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([707, 2]);
    expect(m.members.numerator).toEqual(["J", "K"]);
    expect(m.members.denominator).toEqual(["J", "K"]);
  });

  it("measures J alone as 405 days", () => {
    const m = measured(adoptionA1Days.compute(contextFor(cohortOf({ episodes: childJ() }), R)));
    expect([m.numerator, m.denominator]).toEqual([405, 1]);
  });

  it("starts the moving-in date at the first of an uninterrupted run of adoptive placements", () => {
    const cohort = cohortOf({ episodes: chain("1", [
      { start: "2017-01-01", place: "U4" },
      { start: "2017-03-01", rne: "P", ls: "E1", place: "A6" }, // 59 days after entry
      { start: "2017-05-01", rne: "L", ls: "E1", place: "A6" },
      { start: "2017-07-01", end: "2018-03-01", rne: "P", ls: "E1", place: "A4", rec: "E12" },
    ]) });
    expect(measured(adoptionA1Days.compute(contextFor(cohort, R))).numerator).toBe(59);
  });

  it("restarts the run after a non-adoptive placement", () => {
    const cohort = cohortOf({ episodes: chain("1", [
      { start: "2017-01-01", place: "U4" },
      { start: "2017-03-01", rne: "P", ls: "E1", place: "A6" },
      { start: "2017-04-01", rne: "P", ls: "E1", place: "U4" }, // disruption
      { start: "2017-05-01", end: "2018-03-01", rne: "P", ls: "E1", place: "A6", rec: "E12" }, // 120 days after entry
    ]) });
    expect(measured(adoptionA1Days.compute(contextFor(cohort, R))).numerator).toBe(120);
  });

  it("leaves out a child adopted from a non-adoptive placement", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2017-01-01", end: "2018-06-01", place: "U4", rec: "E11" })] });
    const m = measured(adoptionA1Days.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
    expect(m.members.excluded).toEqual([{ child: "1", reason: "no-adoptive-placement" }]);
  });

  it("does not treat other ends, X1 ends or short breaks as adoptions", () => {
    const cohort = cohortOf({ episodes: [
      episode("1", { start: "2017-01-01", end: "2018-06-01", place: "A6", rec: "E4A" }),
      episode("2", { start: "2017-01-01", end: "2018-06-01", place: "A6", rec: "E11", ls: "V3" }),
    ] });
    const m = measured(adoptionA1Days.compute(contextFor(cohort, R)));
    expect([m.denominator, m.members.excluded]).toEqual([0, []]);
  });

  it("counts an adoption on W0 and on R, not the day before W0", () => {
    const adoptedOn = (id: string, dec: string) => chain(id, [
      { start: "2017-01-01", place: "U4" },
      { start: "2017-02-01", end: dec, rne: "P", ls: "E1", place: "A6", rec: "E11" },
    ]);
    const cohort = cohortOf({ episodes: [...adoptedOn("1", "2018-02-01"), ...adoptedOn("2", "2019-01-31"), ...adoptedOn("3", "2018-01-31")] });
    expect(measured(adoptionA1Days.compute(contextFor(cohort, R))).members.denominator).toEqual(["1", "2"]);
  });

  it("keeps a period that starts mid-way through (no RNE S) by default and leaves it out with unknownPeriodStart exclude", () => {
    const cohort = cohortOf({ episodes: chain("1", [
      { start: "2017-01-01", rne: "P", place: "U4" },
      { start: "2017-02-01", end: "2018-06-01", rne: "P", ls: "E1", place: "A6", rec: "E11" },
    ]) });
    expect(measured(adoptionA1Days.compute(contextFor(cohort, R))).numerator).toBe(31);
    const m = measured(adoptionA1Days.compute(contextFor(cohort, R, { options: { unknownPeriodStart: "exclude" } })));
    expect([m.denominator, m.members.excluded]).toEqual([0, [{ child: "1", reason: "unknown-period-start" }]]);
  });

  it("pools three years with adoptionWindow 3-years", () => {
    // L: entered 01/01/2015, moved in 01/04/2015 (90 days), adopted 30/06/2016: inside [01/02/2016, 31/01/2019].
    const l = chain("L", [
      { start: "2015-01-01", place: "U4" },
      { start: "2015-04-01", end: "2016-06-30", rne: "P", ls: "E1", place: "A6", rec: "E12" },
    ]);
    const cohort = cohortOf({ episodes: [...childJ(), ...l] });
    const period = measured(adoptionA1Days.compute(contextFor(cohort, R)));
    expect([period.numerator, period.denominator]).toEqual([405, 1]);
    const pooled = measured(adoptionA1Days.compute(contextFor(cohort, R, { options: { adoptionWindow: "3-years" } })));
    expect([pooled.numerator, pooled.denominator]).toEqual([495, 2]);
  });

  it("takes the adoption window from the period: a quarter misses J", () => {
    const m = measured(adoptionA1Days.compute(contextFor(cohortOf({ episodes: childJ() }), R, { period: "quarter" })));
    expect(m.denominator).toBe(0);
  });

  it("removes UASC children when excludeUasc is on", () => {
    const cohort = cohortOf({ episodes: childJ(), uasc: [uascRecord("J")] });
    const m = measured(adoptionA1Days.compute(contextFor(cohort, R, { options: { excludeUasc: true } })));
    expect([m.denominator, m.members.excluded]).toEqual([0, [{ child: "J", reason: "uasc" }]]);
  });

  it("has nobody to average in an empty cohort (total 0 over 0 children)", () => {
    const m = measured(adoptionA1Days.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("says it needs episodes.csv when the table is absent", () => {
    expect(adoptionA1Days.compute(contextFor(cohortOf({}, ["header"]), R))).toEqual({ kind: "missing-data", tables: ["episodes"], year: null, note: "needs episodes.csv" });
  });

  it("has the national 426-day default target", () => {
    expect(adoptionA1Days.defaultTarget).toBe(426);
  });
});
