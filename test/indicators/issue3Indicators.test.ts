import { describe, expect, it } from "vitest";
import { claCount } from "../../src/indicators/care-population/claCount.js";
import { endsCount } from "../../src/indicators/care-population/ends.js";
import { startsCount } from "../../src/indicators/care-population/starts.js";
import { longTermStability } from "../../src/indicators/stability/longTermStability.js";
import { placementsThreePlus } from "../../src/indicators/stability/placementsThreePlus.js";
import type { Measurement } from "../../src/indicators/types.js";
import { chain, cohortOf, contextFor, episode, header } from "../fixtures/builders.js";
import { placementWorkedExample } from "../fixtures/workedExamples.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

describe("claCount", () => {
  it("does not count a child whose last episode ends on R with a final REC", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2018-01-01", end: "2019-01-31", rec: "E4A" }), episode("2", { start: "2018-01-01" })] });
    expect(measured(claCount.compute(contextFor(cohort, "2019-01-31"))).members.numerator).toEqual(["2"]);
  });

  it("leaves out a child covered only by a short break and names the reason", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2018-01-01", ls: "V3" })] });
    const m = measured(claCount.compute(contextFor(cohort, "2019-01-31")));
    expect(m.numerator).toBe(0);
    expect(m.members.excluded).toEqual([{ child: "1", reason: "short-break" }]);
  });

  it("counts a same-day X1 transfer once", () => {
    const cohort = cohortOf({ episodes: chain("1", [{ start: "2018-01-01" }, { start: "2019-01-31", rne: "P" }]) });
    expect(measured(claCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(1);
  });

  it("removes UASC children only when excludeUasc is on", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2018-01-01" })], uasc: [{ childId: "1", file: "uasc.csv", line: 2, readOrder: 999, sex: null, dateOfBirth: null, ceased: null }] });
    expect(measured(claCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(1);
    expect(measured(claCount.compute(contextFor(cohort, "2019-01-31", { options: { excludeUasc: true } }))).numerator).toBe(0);
  });

  it("is 0 for an empty cohort", () => {
    expect(measured(claCount.compute(contextFor(cohortOf({}), "2019-01-31"))).numerator).toBe(0);
  });

  it("says which table it needs when episodes are absent", () => {
    expect(claCount.compute(contextFor(cohortOf({}, ["header"]), "2019-01-31"))).toEqual({ kind: "missing-data", tables: ["episodes"], year: null, note: "needs episodes.csv" });
  });
});

describe("startsCount and endsCount", () => {
  it("counts a child who starts twice in the year once", () => {
    const cohort = cohortOf({ episodes: [
      episode("1", { start: "2018-03-01", end: "2018-05-01", rec: "E4A" }),
      episode("1", { start: "2018-09-01", rne: "S" }),
    ] });
    expect(measured(startsCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(1);
    expect(measured(endsCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(1);
  });

  it("does not count a short-break start or an X1 end", () => {
    const cohort = cohortOf({ episodes: [
      episode("1", { start: "2018-03-01", ls: "V3" }),
      ...chain("2", [{ start: "2017-03-01" }, { start: "2018-06-01", rne: "P" }]),
    ] });
    expect(measured(startsCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(0);
    expect(measured(endsCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(0);
  });

  it("counts a blank REC on a closed episode as an end", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2018-03-01", end: "2018-06-01", rec: null })] });
    expect(measured(endsCount.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(1);
  });

  it("uses the reporting period: an end in January is in the month, one in December is not", () => {
    const cohort = cohortOf({ episodes: [
      episode("1", { start: "2018-03-01", end: "2019-01-10", rec: "E4A" }),
      episode("2", { start: "2018-03-01", end: "2018-12-10", rec: "E4A" }),
    ] });
    expect(measured(endsCount.compute(contextFor(cohort, "2019-01-31", { period: "month" }))).members.numerator).toEqual(["1"]);
  });
});

describe("placementsThreePlus", () => {
  it("counts the §1.8 worked example child (3 spells in the year)", () => {
    const cohort = cohortOf({ episodes: placementWorkedExample() });
    const m = measured(placementsThreePlus.compute(contextFor(cohort, "2019-01-31")));
    expect([m.numerator, m.denominator]).toEqual([1, 1]);
  });

  it("does not count a spell that ended before the lookback", () => {
    const cohort = cohortOf({ episodes: chain("A", [
      { start: "2016-01-01" },
      { start: "2017-01-01", rne: "P" },
      { start: "2018-03-01", rne: "P" },
      { start: "2018-09-01", rne: "P" },
    ]) });
    // Spells from 2016 and 2017: the 2017 one is open at ws(R,12) = 2018-02-01, so 3 count, 2016's does not.
    expect(measured(placementsThreePlus.compute(contextFor(cohort, "2019-01-31"))).numerator).toBe(1);
    expect(measured(placementsThreePlus.compute(contextFor(cohort, "2019-03-31"))).numerator).toBe(0);
  });

  it("is not computable (0/0) with nobody in care", () => {
    const m = measured(placementsThreePlus.compute(contextFor(cohortOf({ episodes: [] }), "2019-01-31")));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });
});

describe("longTermStability", () => {
  // The four children of the §3.2 example, R = 31/01/2019.
  const cohort = () => cohortOf({
    header: [header("X", "2008-01-01"), header("Y", "2008-01-01"), header("Z", "2008-01-01"), header("W", "2003-01-20")],
    episodes: [
      ...chain("X", [{ start: "2016-06-01", place: "U4" }, { start: "2017-03-01", rne: "P", place: "U4" }]),
      ...chain("Y", [{ start: "2016-06-01", place: "U4" }, { start: "2016-12-05", rne: "P", place: "U6" }, { start: "2018-09-01", rne: "P", place: "A6", ls: "E1" }]),
      ...chain("Z", [{ start: "2016-06-01", place: "U6" }, { start: "2018-10-01", rne: "U", place: "A5", ls: "E1" }]),
      ...chain("W", [{ start: "2016-06-01", place: "U6" }, { start: "2018-10-01", rne: "U", place: "A5", ls: "E1" }]),
    ],
  });

  it("reproduces the worked example: Y and Z stable, X not, W out (aged 16)", () => {
    const m = measured(longTermStability.compute(contextFor(cohort(), "2019-01-31")));
    expect(m.members.numerator).toEqual(["Y", "Z"]);
    expect(m.members.denominator).toEqual(["X", "Y", "Z"]);
    expect(m.members.excluded).toEqual([{ child: "W", reason: "aged-16-or-over" }]);
  });

  it("restarts the 30-month clock after a break in care", () => {
    const c = cohortOf({
      header: [header("V", "2010-01-01")],
      episodes: [episode("V", { start: "2015-01-01", end: "2017-01-01", rec: "E4A" }), episode("V", { start: "2017-01-02" })],
    });
    const m = measured(longTermStability.compute(contextFor(c, "2019-01-31")));
    expect(m.members.excluded).toEqual([{ child: "V", reason: "in-care-under-2.5-years" }]);
  });
});
