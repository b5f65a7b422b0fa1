import { describe, expect, it } from "vitest";
import { BankHolidayCalendar } from "../../../src/dates/bankHolidays.js";
import { dayFromIso } from "../../../src/dates/day.js";
import { reviewsOnTime } from "../../../src/indicators/timeliness/reviewsOnTime.js";
import type { Measurement } from "../../../src/indicators/types.js";
import { chain, cohortOf, contextFor, episode, reviewRecord, uascRecord } from "../../fixtures/builders.js";

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(`expected a measurement, got ${m.note}`);
  return m;
}

// Child A: the worked example of §3.3 (1 on time of 2 due in the year to 31/03/2026).
const childA = {
  episodes: [episode("A", { start: "2024-12-20" })],
  reviews: ["2025-01-21", "2025-04-17", "2025-10-20"].map((d) => reviewRecord("A", d)),
};
// Child B: from Mon 02/06/2025, every review on time (due 30/06/2025, 20/09/2025, 19/03/2026).
const childB = {
  episodes: [episode("B", { start: "2025-06-02" })],
  reviews: ["2025-06-20", "2025-09-19", "2026-03-02"].map((d) => reviewRecord("B", d)),
};
const both = cohortOf({ episodes: [...childA.episodes, ...childB.episodes], reviews: [...childA.reviews, ...childB.reviews] });

describe("reviewsOnTime", () => {
  it("counts 1 on-time item of 2 due in the window for the worked example", () => {
    const m = measured(reviewsOnTime.compute(contextFor(cohortOf(childA), "2026-03-31")));
    expect([m.numerator, m.denominator]).toEqual([1, 2]);
  });

  it("counts items under reviewsForm event: 4 of 5", () => {
    const m = measured(reviewsOnTime.compute(contextFor(both, "2026-03-31")));
    expect([m.numerator, m.denominator]).toEqual([4, 5]);
    expect(m.members.denominator).toEqual(["A", "B"]);
  });

  it("counts children whose items are all on time under reviewsForm child: 1 of 2", () => {
    const m = measured(reviewsOnTime.compute(contextFor(both, "2026-03-31", { options: { reviewsForm: "child" } })));
    expect([m.numerator, m.denominator]).toEqual([1, 2]);
    expect(m.members.numerator).toEqual(["B"]);
  });

  it("places the late item of 17/10/2025 (held 20/10) by due date by default and by review date under held", () => {
    // quarter to 19/01/2026: window 20/10/2025–19/01/2026
    const byDue = measured(reviewsOnTime.compute(contextFor(cohortOf(childA), "2026-01-19", { period: "quarter" })));
    const byHeld = measured(reviewsOnTime.compute(contextFor(cohortOf(childA), "2026-01-19", { period: "quarter", options: { reviewsWindowBy: "held" } })));
    expect([byDue.numerator, byDue.denominator]).toEqual([0, 0]);
    expect([byHeld.numerator, byHeld.denominator]).toEqual([0, 1]);
  });

  it("uses the run's bank-holiday calendar for the first due date", () => {
    const cohort = cohortOf({ episodes: [episode("A", { start: "2024-12-20" })], reviews: [reviewRecord("A", "2025-01-23")] });
    const context = contextFor(cohort, "2025-03-31");
    const m = measured(reviewsOnTime.compute(context)); // due 22/01/2025: late
    const shifted = measured(reviewsOnTime.compute({ ...context, calendar: new BankHolidayCalendar({ add: [dayFromIso("2025-01-21")] }) })); // due 23/01
    expect([m.numerator, m.denominator, shifted.numerator, shifted.denominator]).toEqual([0, 1, 1, 1]);
  });

  it("leaves out a child whose only period is made of short breaks", () => {
    const cohort = cohortOf({ episodes: [episode("S", { start: "2025-01-06", ls: "V4" })], reviews: [reviewRecord("S", "2025-06-02")] });
    const m = measured(reviewsOnTime.compute(contextFor(cohort, "2026-03-31")));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
    expect(m.members.excluded).toEqual([{ child: "S", reason: "short-break" }]);
  });

  it("removes a UASC child's items only when excludeUasc is on", () => {
    const cohort = cohortOf({ ...childA, uasc: [uascRecord("A")] });
    expect(measured(reviewsOnTime.compute(contextFor(cohort, "2026-03-31"))).denominator).toBe(2);
    const m = measured(reviewsOnTime.compute(contextFor(cohort, "2026-03-31", { options: { excludeUasc: true } })));
    expect([m.numerator, m.denominator, m.members.excluded]).toEqual([0, 0, [{ child: "A", reason: "uasc" }]]);
  });

  it("has 0 of 0 for an empty cohort", () => {
    const m = measured(reviewsOnTime.compute(contextFor(cohortOf({}), "2026-03-31")));
    expect([m.numerator, m.denominator]).toEqual([0, 0]);
  });

  it("needs reviews.csv", () => {
    expect(reviewsOnTime.compute(contextFor(cohortOf(childA, ["episodes"]), "2026-03-31"))).toEqual({ kind: "missing-data", tables: ["reviews"], year: null, note: "needs reviews.csv" });
  });

  it("is titled as the spec says", () => {
    expect(reviewsOnTime.title).toBe("Child in care reviews held on time");
  });
});

describe("reviewsOnTime at the window's edges", () => {
  it("counts an item due on W0 whose review was held before it", () => {
    // From Tue 04/03/2025 the first review is due 20 working days later, Tue 01/04/2025 = W0 of April.
    const child = cohortOf({ episodes: [episode("E", { start: "2025-03-04" })], reviews: [reviewRecord("E", "2025-03-20")] });
    const m = measured(reviewsOnTime.compute(contextFor(child, "2025-04-30", { period: "month" })));
    expect([m.numerator, m.denominator]).toEqual([1, 1]);
  });

  it("leaves out as short-break a child whose period began with a one-day short break on W1", () => {
    const child = cohortOf({
      episodes: chain("F", [
        { start: "2025-04-30", ls: "V3" },
        { start: "2025-05-01", rne: "L" },
      ]),
    });
    const m = measured(reviewsOnTime.compute(contextFor(child, "2025-04-30", { period: "month" })));
    expect(m.members.excluded).toEqual([{ child: "F", reason: "short-break" }]);
  });
});
