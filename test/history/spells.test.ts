import { describe, expect, it } from "vitest";
import { isoFromDay } from "../../src/dates/day.js";
import { resolveOptions } from "../../src/model/options.js";
import { chain, childHistoryOf, cohortOf } from "../fixtures/builders.js";
import { placementWorkedExample } from "../fixtures/workedExamples.js";

function spellStarts(counting: "carer" | "episode" | "raw") {
  const cohort = cohortOf({ episodes: placementWorkedExample() });
  const history = childHistoryOf(cohort, 0, resolveOptions({ placementCounting: counting }));
  expect(history.periods).toHaveLength(1);
  return history.spells[0]!.map((s) => isoFromDay(s.start as never));
}

describe("placementSpells", () => {
  it("finds spells A, B and C in the worked example under the carer policy", () => {
    expect(spellStarts("carer")).toEqual(["2017-05-10", "2018-04-15", "2018-04-15"]);
  });

  it("starts a fourth spell at the U episode under the episode policy", () => {
    expect(spellStarts("episode")).toEqual(["2017-05-10", "2018-04-15", "2018-04-15", "2018-10-01"]);
  });

  it("counts temporary placements as moves under the raw policy", () => {
    expect(spellStarts("raw")).toEqual(["2017-05-10", "2018-04-15", "2018-04-15", "2018-07-02", "2018-07-16", "2018-10-01"]);
  });

  it("starts a new spell after a temporary placement when the child does not return to the same placement", () => {
    const cohort = cohortOf({ episodes: chain("B", [
      { start: "2018-01-01", place: "U4", postcode: "PE1 1AA" },
      { start: "2018-02-01", rne: "P", place: "T1" },
      { start: "2018-02-10", rne: "P", place: "U4", postcode: "pe11ab" },
    ]) });
    const h = childHistoryOf(cohort, 0, resolveOptions());
    expect(h.spells[0]).toHaveLength(2);
  });

  it("treats postcodes that differ only in case and spaces as the same placement", () => {
    const cohort = cohortOf({ episodes: chain("B", [
      { start: "2018-01-01", place: "U4", postcode: "PE1 1AA" },
      { start: "2018-02-01", rne: "P", place: "T3" },
      { start: "2018-02-10", rne: "P", place: "U4", postcode: "pe11aa" },
    ]) });
    expect(childHistoryOf(cohort, 0, resolveOptions()).spells[0]).toHaveLength(1);
  });

  it("collapses an unchanged P move only when collapseUnchangedMoves is on", () => {
    const episodes = () => chain("C", [
      { start: "2018-01-01", place: "U4", provider: "PR1", postcode: "PE1 1AA" },
      { start: "2018-03-01", rne: "P", place: "U4", provider: "PR1", postcode: "PE1 1AA" },
    ]);
    const off = childHistoryOf(cohortOf({ episodes: episodes() }), 0, resolveOptions());
    const on = childHistoryOf(cohortOf({ episodes: episodes() }), 0, resolveOptions({ collapseUnchangedMoves: true }));
    expect(off.spells[0]).toHaveLength(2);
    expect(on.spells[0]).toHaveLength(1);
  });
});

describe("chainPeriods", () => {
  it("starts a new period at a final end followed by a new S episode", () => {
    const cohort = cohortOf({ episodes: [
      ...chain("D", [{ start: "2017-01-01", end: "2017-06-01", rec: "E4A" }]),
      ...chain("D", [{ start: "2017-06-01", rne: "S" }]),
    ] });
    const h = childHistoryOf(cohort, 0, resolveOptions());
    expect(h.periods.map((p) => [isoFromDay(p.start as never), p.end === null ? null : isoFromDay(p.end as never)])).toEqual([
      ["2017-01-01", "2017-06-01"],
      ["2017-06-01", null],
    ]);
  });

  it("links a same-day X1 successor into the same period even when its RNE is not S", () => {
    const cohort = cohortOf({ episodes: chain("E", [
      { start: "2017-01-01", rne: "S" },
      { start: "2017-06-01", rne: "P" },
      { start: "2017-09-01", rne: "L", ls: "E1" },
    ]) });
    const h = childHistoryOf(cohort, 0, resolveOptions());
    expect(h.periods).toHaveLength(1);
    expect(h.periods[0]!.episodes).toHaveLength(3);
  });

  it("marks a period whose first episode is not S as of unknown start", () => {
    const cohort = cohortOf({ episodes: chain("F", [{ start: "2017-01-01", rne: "P" }]) });
    expect(childHistoryOf(cohort, 0, resolveOptions()).periods[0]!.startKnown).toBe(false);
  });
});
