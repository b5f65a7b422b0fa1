import { describe, expect, it } from "vitest";
import { BankHolidayCalendar } from "../../../src/dates/bankHolidays.js";
import { type Day, dayFromIso, isoFromDay } from "../../../src/dates/day.js";
import { reportingPeriod } from "../../../src/dates/periods.js";
import { createHistoryIndex } from "../../../src/history/historyIndex.js";
import { DEFAULT_OPTIONS } from "../../../src/model/options.js";
import { type ReviewItem, isItemInWindow, reviewSchedule } from "../../../src/indicators/timeliness/reviewSchedule.js";
import type { EpisodeRecord } from "../../../src/model/records.js";
import { cohortOf, episode, reviewRecord } from "../../fixtures/builders.js";

const calendar = new BankHolidayCalendar();

/** The schedule of child "1" at R, as ISO rows: [due, held, onTime, inWindow]. */
function schedule(episodes: EpisodeRecord[], reviews: string[], asAt: string): [string, string | null, boolean, boolean][] {
  const cohort = cohortOf({ episodes, reviews: reviews.map((d) => reviewRecord("1", d)) });
  const child = cohort.children[0]!;
  const history = createHistoryIndex(cohort, DEFAULT_OPTIONS).of(child);
  const window = reportingPeriod(dayFromIso(asAt), "year");
  const items: ReviewItem[] = reviewSchedule(history.periods, child.reviews, dayFromIso(asAt), window, calendar);
  return items.map((i) => [isoFromDay(i.due), i.held === null ? null : isoFromDay(i.held as Day), i.onTime, isItemInWindow(i, window, "due")]);
}

describe("reviewSchedule", () => {
  it("reproduces the worked example of §3.3 (period from Fri 20/12/2024, R = 31/03/2026)", () => {
    const rows = schedule([episode("1", { start: "2024-12-20" })], ["2025-01-21", "2025-04-17", "2025-10-20"], "2026-03-31");
    expect(rows).toEqual([
      ["2025-01-22", "2025-01-21", true, false],
      ["2025-04-21", "2025-04-17", true, true],
      ["2025-10-17", "2025-10-20", false, true],
    ]);
  });

  it("creates one missed item when no review follows 17/04/2025", () => {
    const rows = schedule([episode("1", { start: "2024-12-20" })], ["2025-01-21", "2025-04-17"], "2026-03-31");
    expect(rows).toEqual([
      ["2025-01-22", "2025-01-21", true, false],
      ["2025-04-21", "2025-04-17", true, true],
      ["2025-10-17", null, false, true],
    ]);
  });

  it("creates only one missed item when no review is ever held", () => {
    expect(schedule([episode("1", { start: "2024-12-20" })], [], "2026-03-31")).toEqual([["2025-01-22", null, false, false]]);
  });

  it("owes nothing while the first due date is after R", () => {
    expect(schedule([episode("1", { start: "2025-03-10" })], [], "2025-03-31")).toEqual([]);
  });

  it("starts the schedule again, from 20 working days, when a new period of care begins", () => {
    const rows = schedule(
      [episode("1", { start: "2024-01-10", end: "2024-06-01", rec: "E4A" }), episode("1", { start: "2025-01-06" })],
      ["2024-02-01", "2025-01-31"],
      "2025-03-31",
    );
    // period 2: Mon 06/01/2025 + 20 working days = Mon 03/02/2025; the 2024 review does not anchor it
    expect(rows.filter(([, held]) => held === "2025-01-31")).toEqual([["2025-02-03", "2025-01-31", true, true]]);
  });

  it("counts a review on the day one period ends and the next begins in both periods", () => {
    const rows = schedule(
      [episode("1", { start: "2025-04-01", end: "2025-09-15", rec: "E4A" }), episode("1", { start: "2025-09-15" })],
      ["2025-04-29", "2025-09-15"],
      "2026-03-31",
    );
    expect(rows).toEqual([
      ["2025-05-01", "2025-04-29", true, true], // Tue 01/04 + 20 working days, Easter and 5 May skipped
      ["2025-07-29", "2025-09-15", false, true],
      ["2025-10-13", "2025-09-15", true, true], // the second period's first review
      ["2025-12-15", null, false, true],
    ]);
  });

  it("skips a period made only of short-break episodes", () => {
    expect(schedule([episode("1", { start: "2024-12-20", ls: "V3" })], ["2025-01-21"], "2026-03-31")).toEqual([]);
  });

  it("ignores reviews dated after R", () => {
    const rows = schedule([episode("1", { start: "2024-12-20" })], ["2025-01-21", "2025-04-30"], "2025-04-25");
    expect(rows).toEqual([
      ["2025-01-22", "2025-01-21", true, true],
      ["2025-04-21", null, false, true],
    ]);
  });
});

describe("isItemInWindow", () => {
  const window = { start: dayFromIso("2025-10-20"), end: dayFromIso("2026-01-19") };
  const late: ReviewItem = { period: 0, due: dayFromIso("2025-10-17"), held: dayFromIso("2025-10-20"), onTime: false };
  it("places a held item by its due date by default", () => {
    expect(isItemInWindow(late, window, "due")).toBe(false);
  });
  it("places a held item by its review date under reviewsWindowBy held", () => {
    expect(isItemInWindow(late, window, "held")).toBe(true);
  });
  it("places a missed item by its due date under reviewsWindowBy held", () => {
    expect(isItemInWindow({ ...late, held: null }, window, "held")).toBe(false);
  });
});
