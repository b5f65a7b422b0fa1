import { describe, expect, it } from "vitest";
import { missingChildren, missingEpisodes } from "../../../src/indicators/missing/missingFromCare.js";
import type { Measurement } from "../../../src/indicators/types.js";
import type { ScorecardOptionsInput } from "../../../src/model/options.js";
import { cohortOf, contextFor, episode, missingRecord, uascRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// R = 31/01/2019, year window 01/02/2018–31/01/2019.
const R = "2019-01-31";
const cohort = () => cohortOf({
  episodes: [
    episode("1", { start: "2018-01-01" }),
    episode("2", { start: "2018-01-01" }),
    episode("3", { start: "2016-01-01", end: "2017-12-01", rec: "E4A" }), // left care before the window
    episode("4", { start: "2018-01-01" }),
  ],
  missing: [
    missingRecord("1", "M", "2018-05-01", "2018-05-02"),
    missingRecord("1", "M", "2018-06-01", "2018-06-03"),
    missingRecord("1", "A", "2018-07-01", "2018-07-01"),
    missingRecord("2", "A", "2018-08-01"),
    missingRecord("3", "M", "2018-05-01", "2018-05-04"),
    missingRecord("4", "M", "2018-01-31", "2018-02-05"), // started the day before W0
  ],
});

function both(options: ScorecardOptionsInput = {}, period: "year" | "month" = "year") {
  const context = contextFor(cohort(), R, { options, period });
  return { children: measured(missingChildren.compute(context)), episodes: measured(missingEpisodes.compute(context)) };
}

describe("missingChildren and missingEpisodes", () => {
  it("counts only MISSING = M records of children in care in the window by default", () => {
    const { children, episodes } = both();
    expect([children.numerator, children.denominator, children.members.numerator]).toEqual([1, null, ["1"]]);
    expect([episodes.numerator, episodes.denominator, episodes.members.numerator]).toEqual([2, null, ["1"]]);
  });

  it("adds away-without-authorisation records with missingKinds M+A", () => {
    const { children, episodes } = both({ missingKinds: "M+A" });
    expect(children.members.numerator).toEqual(["1", "2"]);
    expect(episodes.numerator).toBe(4);
  });

  it("names the child who was not in care in the window, and counts them with missingScope all", () => {
    expect(both().children.members.excluded).toEqual([{ child: "3", reason: "not-in-care-in-window" }]);
    const { children, episodes } = both({ missingScope: "all" });
    expect(children.members.numerator).toEqual(["1", "3"]);
    expect(episodes.numerator).toBe(3);
  });

  it("uses MIS_START for the window: a record starting the day before W0 does not count", () => {
    expect(both({ missingScope: "all" }).children.members.numerator).not.toContain("4");
  });

  it("follows the reporting period", () => {
    const { children } = both({ missingKinds: "M+A" }, "month");
    expect(children.numerator).toBe(0);
  });

  it("does not count a child looked after only through short breaks", () => {
    const c = cohortOf({ episodes: [episode("9", { start: "2018-01-01", ls: "V3" })], missing: [missingRecord("9", "M", "2018-05-01")] });
    const m = measured(missingChildren.compute(contextFor(c, R)));
    expect([m.numerator, m.members.excluded]).toEqual([0, [{ child: "9", reason: "not-in-care-in-window" }]]);
  });

  it("removes UASC children when excludeUasc is on", () => {
    const c = cohortOf({ episodes: [episode("9", { start: "2018-01-01" })], missing: [missingRecord("9", "M", "2018-05-01")], uasc: [uascRecord("9")] });
    expect(measured(missingEpisodes.compute(contextFor(c, R))).numerator).toBe(1);
    const m = measured(missingEpisodes.compute(contextFor(c, R, { options: { excludeUasc: true } })));
    expect([m.numerator, m.members.excluded]).toEqual([0, [{ child: "9", reason: "uasc" }]]);
  });

  it("is 0 with no missing records", () => {
    const c = cohortOf({ episodes: [episode("1", { start: "2018-01-01" })] });
    expect(measured(missingChildren.compute(contextFor(c, R))).numerator).toBe(0);
    expect(measured(missingEpisodes.compute(contextFor(c, R))).numerator).toBe(0);
  });

  it("says it needs missing.csv when the table is absent", () => {
    const c = cohortOf({ episodes: [episode("1", { start: "2018-01-01" })] }, ["header", "episodes"]);
    expect(missingChildren.compute(contextFor(c, R))).toEqual({ kind: "missing-data", tables: ["missing"], year: null, note: "needs missing.csv" });
    expect(missingEpisodes.compute(contextFor(c, R))).toEqual({ kind: "missing-data", tables: ["missing"], year: null, note: "needs missing.csv" });
  });
});
