import { describe, expect, it } from "vitest";
import { resolveOptions } from "../../../src/model/options.js";
import { adoptionA1WithinThreshold, adoptionA2WithinThreshold } from "../../../src/indicators/adoption/thresholds.js";
import { type Measurement, titleOf } from "../../../src/indicators/types.js";
import { ad1Record, chain, cohortOf, contextFor } from "../../fixtures/builders.js";
import { childJ, childK } from "./workedExamples.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const R = "2019-01-31";

/** Entered care 01/01/2017 (E1 throughout), moved in on `movingIn`, adopted 01/06/2018. */
const movedIn = (id: string, movingIn: string) => chain(id, [
  { start: "2017-01-01", ls: "E1", place: "U4" },
  { start: movingIn, end: "2018-06-01", rne: "P", ls: "E1", place: "A6", rec: "E11" },
]);

describe("adoptionA1WithinThreshold", () => {
  it("counts 426 days as within and 427 as not", () => {
    // 01/01/2017 + 426 days = 03/03/2018; + 427 = 04/03/2018.
    const cohort = cohortOf({ episodes: [...movedIn("426", "2018-03-03"), ...movedIn("427", "2018-03-04")] });
    const m = measured(adoptionA1WithinThreshold.compute(contextFor(cohort, R)));
    expect([m.members.numerator, m.members.denominator]).toEqual([["426"], ["426", "427"]]);
  });

  it("puts J (405) and K (302) within 426", () => {
    const m = measured(adoptionA1WithinThreshold.compute(contextFor(cohortOf({ episodes: [...childJ(), ...childK()] }), R)));
    expect([m.numerator, m.denominator]).toEqual([2, 2]);
  });

  it("uses a1ThresholdDays and shows it in the title", () => {
    const context = contextFor(cohortOf({ episodes: [...childJ(), ...childK()] }), R, { options: { a1ThresholdDays: 400 } });
    expect(measured(adoptionA1WithinThreshold.compute(context)).members.numerator).toEqual(["K"]);
    expect(titleOf(adoptionA1WithinThreshold, context.options)).toBe("Adopted children who moved in with their adopters within 400 days of entering care");
    expect(titleOf(adoptionA1WithinThreshold, resolveOptions({}))).toBe("Adopted children who moved in with their adopters within 426 days of entering care");
  });

  it("carries A1's exclusions into the drill-down", () => {
    const cohort = cohortOf({ episodes: chain("1", [{ start: "2017-01-01" }, { start: "2017-06-01", end: "2018-06-01", rne: "P", rec: "E11" }]) });
    const m = measured(adoptionA1WithinThreshold.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator, m.members.excluded]).toEqual([0, 0, [{ child: "1", reason: "no-adoptive-placement" }]]);
  });

  it("has no children in an empty cohort", () => {
    const m = measured(adoptionA1WithinThreshold.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });
});

describe("adoptionA2WithinThreshold", () => {
  it("counts 121 days as within and 122 as not", () => {
    // Order from 01/01/2017: + 121 days = 02/05/2017; + 122 = 03/05/2017.
    const cohort = cohortOf({
      episodes: [...movedIn("121", "2017-09-01"), ...movedIn("122", "2017-09-01")],
      ad1: [ad1Record("121", { matchDate: "2017-05-02" }), ad1Record("122", { matchDate: "2017-05-03" })],
    });
    const m = measured(adoptionA2WithinThreshold.compute(contextFor(cohort, R)));
    expect([m.members.numerator, m.members.denominator]).toEqual([["121"], ["121", "122"]]);
  });

  it("puts J (209) outside 121 and leaves K out", () => {
    const cohort = cohortOf({ episodes: [...childJ(), ...childK()], ad1: [ad1Record("J", { matchDate: "2018-01-05" })] });
    const m = measured(adoptionA2WithinThreshold.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator, m.members.excluded]).toEqual([0, 1, [{ child: "K", reason: "no-ad1-row" }]]);
  });

  it("uses a2ThresholdDays and shows it in the title", () => {
    const cohort = cohortOf({ episodes: childJ(), ad1: [ad1Record("J", { matchDate: "2018-01-05" })] });
    const context = contextFor(cohort, R, { options: { a2ThresholdDays: 213 } });
    expect(measured(adoptionA2WithinThreshold.compute(context)).numerator).toBe(1);
    expect(titleOf(adoptionA2WithinThreshold, context.options)).toBe("Adopted children matched within 213 days of court authority to place");
    expect(titleOf(adoptionA2WithinThreshold, resolveOptions({}))).toBe("Adopted children matched within 121 days of court authority to place");
  });

  it("says it needs ad1.csv when the table is absent", () => {
    expect(adoptionA2WithinThreshold.compute(contextFor(cohortOf({}, ["episodes"]), R))).toEqual({ kind: "missing-data", tables: ["ad1"], year: null, note: "needs ad1.csv" });
  });
});
