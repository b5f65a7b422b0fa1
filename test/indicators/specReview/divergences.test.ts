import { describe, expect, it } from "vitest";
import { resolveOptions } from "../../../src/model/options.js";
import { adoptionA10Days } from "../../../src/indicators/adoption/a10.js";
import { adoptionA2Days } from "../../../src/indicators/adoption/a2.js";
import { adoptionA2WithinThreshold } from "../../../src/indicators/adoption/thresholds.js";
import { careLeaversInTouch } from "../../../src/indicators/care-leavers/inTouch.js";
import { reviewsOnTime } from "../../../src/indicators/timeliness/reviewsOnTime.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { ad1Record, chain, childHistoryOf, cohortOf, contextFor, header, oc3Record } from "../../fixtures/builders.js";

/** Divergences from indicators.md found in the adversarial review, one test per rule. */

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

describe("§1.8 rule 5 under placementCounting raw", () => {
  // raw drops rules 2–3 only; rule 5 (collapseUnchangedMoves) still applies.
  const episodes = () => chain("C", [
    { start: "2018-01-01", place: "U4", provider: "PR1", postcode: "PE1 1AA" },
    { start: "2018-03-01", rne: "P", place: "U4", provider: "PR1", postcode: "PE1 1AA" },
  ]);

  it("collapses an unchanged P move under raw when collapseUnchangedMoves is on", () => {
    const h = childHistoryOf(cohortOf({ episodes: episodes() }), 0, resolveOptions({ placementCounting: "raw", collapseUnchangedMoves: true }));
    expect(h.spells[0]).toHaveLength(1);
  });

  it("keeps the move under raw when collapseUnchangedMoves is off", () => {
    const h = childHistoryOf(cohortOf({ episodes: episodes() }), 0, resolveOptions({ placementCounting: "raw" }));
    expect(h.spells[0]).toHaveLength(2);
  });
});

describe("§1.2 / §3.8 A2: an AD1 DATE_MATCH dated after R is ignored", () => {
  const R = "2019-01-31";
  // E1 from 01/06/2017, moved in 01/09/2017, adopted 01/06/2018.
  const adopted = (id: string) => chain(id, [
    { start: "2017-01-01", ls: "C2", place: "U4" },
    { start: "2017-06-01", rne: "L", ls: "E1", place: "U4" },
    { start: "2017-09-01", end: "2018-06-01", rne: "P", ls: "E1", place: "A6", rec: "E11" },
  ]);

  it("leaves a child whose match is after R out of A2 and its threshold", () => {
    const cohort = cohortOf({
      episodes: [...adopted("1"), ...adopted("2")],
      ad1: [ad1Record("1", { matchDate: "2017-07-01" }), ad1Record("2", { matchDate: "2019-02-01" })],
    });
    const days = measured(adoptionA2Days.compute(contextFor(cohort, R)));
    expect([days.numerator, days.denominator]).toEqual([30, 1]);
    expect(days.members.excluded).toEqual([{ child: "2", reason: "no-match-by-as-at" }]);
    const within = measured(adoptionA2WithinThreshold.compute(contextFor(cohort, R)));
    expect([within.numerator, within.denominator]).toEqual([1, 1]);
  });

  it("keeps a match dated exactly on R", () => {
    const cohort = cohortOf({ episodes: adopted("1"), ad1: [ad1Record("1", { matchDate: R })] });
    expect(measured(adoptionA2Days.compute(contextFor(cohort, R))).denominator).toBe(1);
  });
});

describe("§1.2 / §1.7: an episode starting after R is ignored when judging 'only short breaks'", () => {
  const R = "2019-03-31";
  // A period that is a short break up to R and becomes care (L, C2) after R.
  const shortBreakUntilAfterR = (id: string) => chain(id, [
    { start: "2018-05-01", ls: "V3", place: "U4" },
    { start: "2019-06-03", rne: "L", ls: "C2", place: "U4" },
  ]);

  it("§3.3 reviews: a period made only of short breaks at R has no schedule", () => {
    const cohort = cohortOf({ episodes: shortBreakUntilAfterR("1"), reviews: [] });
    const m = measured(reviewsOnTime.compute(contextFor(cohort, R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("§3.3 reviews: the same period has a schedule once R is past the change", () => {
    const cohort = cohortOf({ episodes: chain("1", [
      { start: "2018-09-03", ls: "V3", place: "U4" },
      { start: "2019-06-03", rne: "L", ls: "C2", place: "U4" },
    ]), reviews: [] });
    // Due addWorkingDays(Mon 03/09/2018, 20) = 01/10/2018, never held.
    const before = measured(reviewsOnTime.compute(contextFor(cohort, "2019-03-31")));
    expect([before.numerator, before.denominator]).toEqual([0, 0]);
    const after = measured(reviewsOnTime.compute(contextFor(cohort, "2019-06-30")));
    expect([after.numerator, after.denominator]).toEqual([0, 1]);
  });

  it("§3.9 care leavers: a young person whose episodes up to R are all short breaks is excluded", () => {
    const cohort = cohortOf({
      header: [header("1", "1999-06-15")],
      oc3: [oc3Record("1")],
      episodes: [...chain("1", [{ start: "2015-01-01", end: "2017-06-01", ls: "V3", rec: "E8" }]), ...chain("1", [{ start: "2019-06-01", ls: "C2" }])],
    });
    const m = measured(careLeaversInTouch.compute(contextFor(cohort, R)));
    expect(m.denominator).toBe(0);
    expect(m.members.excluded).toEqual([{ child: "1", reason: "short-break" }]);
  });
});

describe("§3.8 A10 / §5 collapseUnchangedMoves: the carer spells honour collapseUnchangedMoves under every placementCounting", () => {
  // Worked example K: S 03/01/2017 U4; P 01/03/2017 U4 (same place and provider); U 01/11/2017 A5.
  const childK = () => chain("K", [
    { start: "2017-01-03", ls: "C2", place: "U4" },
    { start: "2017-03-01", rne: "P", ls: "C2", place: "U4" },
    { start: "2017-11-01", end: "2018-06-30", rne: "U", ls: "E1", place: "A5", rec: "E11" },
  ]);
  const a10 = (placementCounting: "carer" | "episode" | "raw", collapseUnchangedMoves: boolean) =>
    measured(adoptionA10Days.compute(contextFor(cohortOf({ episodes: childK() }), "2019-01-31", { options: { placementCounting, collapseUnchangedMoves } }))).numerator;

  it("collapses the unchanged P move: the spell with the A5 episode starts on entry (0 days)", () => {
    expect(a10("carer", true)).toBe(0);
    expect(a10("episode", true)).toBe(0);
    expect(a10("raw", true)).toBe(0);
  });

  it("without the option the spell starts at the P move (57 days)", () => {
    expect(a10("carer", false)).toBe(57);
    expect(a10("episode", false)).toBe(57);
  });
});
