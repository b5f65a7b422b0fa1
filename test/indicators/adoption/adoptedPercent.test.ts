import { describe, expect, it } from "vitest";
import { adoptedPercent } from "../../../src/indicators/adoption/adoptedPercent.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { cohortOf, contextFor, episode, uascRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

const R = "2019-01-31";

describe("adoptedPercent", () => {
  const cohort = () => cohortOf({ episodes: [
    episode("A", { start: "2016-01-01", end: "2018-06-01", place: "A6", rec: "E11" }),
    episode("B", { start: "2016-01-01", end: "2018-06-01", rec: "E4A" }),
    episode("C", { start: "2016-01-01", end: "2018-06-01", ls: "V3", rec: "E12" }), // short break: not a leaver
    episode("D", { start: "2016-01-01", end: "2018-03-01", place: "A6", rec: "E12" }),
    episode("D", { start: "2018-05-01", end: "2018-09-01", rec: "E4A" }), // D's last end is not an adoption
    episode("E", { start: "2016-01-01", end: "2017-06-01", place: "A6", rec: "E12" }), // before the window
    episode("F", { start: "2016-01-01", end: "2018-06-01", rec: "E12" }),
  ] });

  it("divides adoptions (E11/E12 as the last end) by all children leaving care", () => {
    const m = measured(adoptedPercent.compute(contextFor(cohort(), R)));
    expect(m.members.numerator).toEqual(["A", "F"]);
    expect(m.members.denominator).toEqual(["A", "B", "D", "F"]);
  });

  it("removes UASC children when excludeUasc is on", () => {
    const c = cohortOf({ episodes: [episode("A", { start: "2016-01-01", end: "2018-06-01", rec: "E11" })], uasc: [uascRecord("A")] });
    const m = measured(adoptedPercent.compute(contextFor(c, R, { options: { excludeUasc: true } })));
    expect([m.numerator, m.denominator, m.members.excluded]).toEqual([0, 0, [{ child: "A", reason: "uasc" }]]);
  });

  it("has no percentage (0 of 0) when nobody left care", () => {
    const m = measured(adoptedPercent.compute(contextFor(cohortOf({}), R)));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("says it needs episodes.csv when the table is absent", () => {
    expect(adoptedPercent.compute(contextFor(cohortOf({}, ["header"]), R))).toEqual({ kind: "missing-data", tables: ["episodes"], year: null, note: "needs episodes.csv" });
  });
});
