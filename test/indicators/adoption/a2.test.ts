import { describe, expect, it } from "vitest";
import { adoptionA2Days } from "../../../src/indicators/adoption/a2.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { ad1Record, chain, cohortOf, contextFor } from "../../fixtures/builders.js";
import { childJ, childK } from "./workedExamples.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const R = "2019-01-31";

/** Placement order (E1) from 01/06/2017, moved in 01/09/2017, adopted 01/06/2018. */
const withOrder = (id: string, ls = "E1") => chain(id, [
  { start: "2017-01-01", ls: "C2", place: "U4" },
  { start: "2017-06-01", rne: "L", ls, place: "U4" },
  { start: "2017-09-01", end: "2018-06-01", rne: "P", ls, place: "A6", rec: "E11" },
]);

describe("adoptionA2Days", () => {
  it("reproduces the worked example: J 209 days; K, with no match date, is left out", () => {
    const cohort = cohortOf({ episodes: [...childJ(), ...childK()], ad1: [ad1Record("J", { matchDate: "2018-01-05" })] });
    const m = measured(adoptionA2Days.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([209, 1]);
    expect(m.members.denominator).toEqual(["J"]);
    expect(m.members.excluded).toEqual([{ child: "K", reason: "no-ad1-row" }]);
  });

  it("accepts a freeing order (D1) as court authority", () => {
    const cohort = cohortOf({ episodes: withOrder("1", "D1"), ad1: [ad1Record("1", { matchDate: "2017-07-01" })] });
    expect(measured(adoptionA2Days.compute(contextFor(cohort, R))).numerator).toBe(30);
  });

  it("leaves out a child placed without a placement or freeing order", () => {
    const cohort = cohortOf({ episodes: withOrder("1", "C2"), ad1: [ad1Record("1", { matchDate: "2017-07-01" })] });
    const m = measured(adoptionA2Days.compute(contextFor(cohort, R)));
    expect([m.denominator, m.members.excluded]).toEqual([0, [{ child: "1", reason: "no-placement-order" }]]);
  });

  it("leaves out a child with no adoptive placement", () => {
    const cohort = cohortOf({
      episodes: chain("1", [{ start: "2017-01-01" }, { start: "2017-06-01", end: "2018-06-01", rne: "L", ls: "E1", rec: "E11" }]),
      ad1: [ad1Record("1", { matchDate: "2017-07-01" })],
    });
    expect(measured(adoptionA2Days.compute(contextFor(cohort, R))).members.excluded).toEqual([{ child: "1", reason: "no-adoptive-placement" }]);
  });

  it("counts a match before the order as 0 days (negative interval floored)", () => {
    const cohort = cohortOf({ episodes: withOrder("1"), ad1: [ad1Record("1", { matchDate: "2017-05-01" })] });
    const m = measured(adoptionA2Days.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([0, 1]);
  });

  it("is not affected by unknownPeriodStart", () => {
    const cohort = cohortOf({ episodes: chain("1", [
      { start: "2017-01-01", rne: "P", ls: "E1", place: "U4" },
      { start: "2017-02-01", end: "2018-06-01", rne: "P", ls: "E1", place: "A6", rec: "E11" },
    ]), ad1: [ad1Record("1", { matchDate: "2017-01-11" })] });
    const m = measured(adoptionA2Days.compute(contextFor(cohort, R, { options: { unknownPeriodStart: "exclude" } })));
    expect([m.numerator, m.denominator]).toEqual([10, 1]);
  });

  it("says it needs ad1.csv when the table is absent", () => {
    expect(adoptionA2Days.compute(contextFor(cohortOf({ episodes: childJ() }, ["episodes"]), R))).toEqual({ kind: "missing-data", tables: ["ad1"], year: null, note: "needs ad1.csv" });
  });

  it("has nobody to average in an empty cohort, and a 121-day default target", () => {
    const m = measured(adoptionA2Days.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
    expect(adoptionA2Days.defaultTarget).toBe(121);
  });
});
