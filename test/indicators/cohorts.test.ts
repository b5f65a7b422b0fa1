import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "../../src/model/options.js";
import { dayFromIso } from "../../src/dates/day.js";
import { createHistoryIndex } from "../../src/history/historyIndex.js";
import { careTwelveMonthsCohort, careTwelveMonthsDecision, isInCareTwelveMonths } from "../../src/indicators/cohorts.js";
import type { EpisodeRecord } from "../../src/model/records.js";
import { chain, cohortOf, contextFor, episode, uascRecord } from "../fixtures/builders.js";

function c12(episodes: EpisodeRecord[], asAt: string): boolean {
  const cohort = cohortOf({ episodes });
  return isInCareTwelveMonths(createHistoryIndex(cohort, DEFAULT_OPTIONS).of(cohort.children[0]!), dayFromIso(asAt));
}

describe("isInCareTwelveMonths", () => {
  it("includes a period that began on 01/04/2022 at R = 31/03/2023", () => {
    expect(c12([episode("1", { start: "2022-04-01" })], "2023-03-31")).toBe(true);
  });

  it("does not include a period that began on 02/04/2022 at R = 31/03/2023", () => {
    expect(c12([episode("1", { start: "2022-04-02" })], "2023-03-31")).toBe(false);
  });

  it("keeps a child who moved placement (X1) during the year", () => {
    expect(c12(chain("1", [{ start: "2021-01-01" }, { start: "2022-08-01", rne: "P" }]), "2023-03-31")).toBe(true);
  });

  it("drops a child whose care broke during the year, even for a day", () => {
    const episodes = [episode("1", { start: "2021-01-01", end: "2022-08-01", rec: "E4A" }), episode("1", { start: "2022-08-01" })];
    expect(c12(episodes, "2023-03-31")).toBe(false);
  });

  it("drops a child with an earlier period that ended on c0", () => {
    // the new period starting on c0 passes the start tests; the final end on c0 is what breaks care
    const episodes = [episode("1", { start: "2021-01-01", end: "2022-04-01", rec: "E8" }), episode("1", { start: "2022-04-01", rne: "S" })];
    expect(c12(episodes, "2023-03-31")).toBe(false);
  });

  it("drops a child with a short-break episode overlapping the lookback", () => {
    const episodes = [episode("1", { start: "2021-01-01" }), episode("1", { start: "2022-05-01", end: "2022-05-03", ls: "V3", rec: "E8" })];
    expect(c12(episodes, "2023-03-31")).toBe(false);
  });

  it("does not include a child who is not looked after at R", () => {
    expect(c12([episode("1", { start: "2021-01-01", end: "2023-03-31", rec: "E4A" })], "2023-03-31")).toBe(false);
  });

  it("uses 12 months whatever the period is", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2022-04-01" }), episode("2", { start: "2022-04-02" })] });
    expect(Array.from(careTwelveMonthsCohort(contextFor(cohort, "2023-03-31", { period: "month" })).positions, (p) => cohort.children[p]!.childId)).toEqual(["1"]);
  });
});

describe("careTwelveMonthsCohort", () => {
  it("names why children are left out", () => {
    const cohort = cohortOf({
      episodes: [
        episode("in", { start: "2021-01-01" }),
        episode("new", { start: "2022-06-01" }),
        episode("sb", { start: "2021-01-01", ls: "V4" }),
        episode("gone", { start: "2021-01-01", end: "2022-06-01", rec: "E4A" }),
        episode("u", { start: "2021-01-01" }),
      ],
      uasc: [uascRecord("u")],
    });
    const result = careTwelveMonthsCohort(contextFor(cohort, "2023-03-31", { options: { excludeUasc: true } }));
    expect(Array.from(result.positions, (p) => cohort.children[p]!.childId)).toEqual(["in"]);
    expect(result.excluded.list().map(({ position, reason }) => ({ child: cohort.children[position]!.childId, reason }))).toEqual([
      { child: "new", reason: "in-care-under-12-months" },
      { child: "sb", reason: "short-break" },
      { child: "u", reason: "uasc" },
    ]);
  });

  it("describes the decision for a child in care", () => {
    const cohort = cohortOf({ episodes: [episode("1", { start: "2021-01-01" })] });
    expect(careTwelveMonthsDecision(createHistoryIndex(cohort, DEFAULT_OPTIONS).of(cohort.children[0]!), dayFromIso("2023-03-31"))).toEqual({ inCohort: true });
  });
});
