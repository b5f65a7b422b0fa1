import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayFromIso, isoFromDay, lastDayOfMonth } from "../../src/dates/day.js";
import { lookbackStart, previousAsAt, reportingPeriod, seriesAsAts } from "../../src/dates/periods.js";

const ws = (r: string, n: number) => isoFromDay(lookbackStart(dayFromIso(r), n));

describe("lookbackStart (ws)", () => {
  it.each([
    ["2019-01-31", 12, "2018-02-01"],
    ["2019-01-31", 24, "2017-02-01"],
    ["2019-01-31", 30, "2016-08-01"],
    ["2024-03-31", 12, "2023-04-01"],
    ["2024-03-31", 30, "2021-10-01"],
    ["2019-06-30", 3, "2019-04-01"],
    ["2021-02-28", 12, "2020-03-01"],
    ["2019-01-15", 12, "2018-01-16"],
  ])("ws(%s, %i) = %s", (r, n, expected) => expect(ws(r, n)).toBe(expected));
});

describe("reportingPeriod", () => {
  it("starts the financial year to date on 1 April", () => {
    expect(isoFromDay(reportingPeriod(dayFromIso("2019-01-31"), "fytd").start)).toBe("2018-04-01");
    expect(isoFromDay(reportingPeriod(dayFromIso("2019-04-01"), "fytd").start)).toBe("2019-04-01");
    expect(isoFromDay(reportingPeriod(dayFromIso("2019-03-31"), "fytd").start)).toBe("2018-04-01");
  });

  it("tiles: 12 consecutive month periods make the year, without gaps or overlaps", () => {
    const monthEnd = fc.integer({ min: 15_000, max: 25_000 }).map((n) => lastDayOfMonth(n as never));
    fc.assert(fc.property(monthEnd, (r) => {
      const months = seriesAsAts(r).map((m) => reportingPeriod(m, "month"));
      const year = reportingPeriod(r, "year");
      if (months[0]!.start !== year.start || months[11]!.end !== year.end) return false;
      return months.every((m, i) => i === 0 || m.start === addDays(months[i - 1]!.end, 1));
    }));
  });

  it("tiles quarters into the year at month ends", () => {
    const monthEnd = fc.integer({ min: 15_000, max: 25_000 }).map((n) => lastDayOfMonth(n as never));
    fc.assert(fc.property(monthEnd, (r) => {
      const quarterEnds = [9, 6, 3, 0].map((k) => seriesAsAts(r)[11 - k]!);
      const quarters = quarterEnds.map((q) => reportingPeriod(q, "quarter"));
      return quarters[0]!.start === reportingPeriod(r, "year").start &&
        quarters.every((q, i) => i === 0 || q.start === addDays(quarters[i - 1]!.end, 1));
    }));
  });
});

describe("previousAsAt", () => {
  it("takes the previous month end at a month end", () => {
    expect(isoFromDay(previousAsAt(dayFromIso("2019-03-31"), "year", "previous-month"))).toBe("2019-02-28");
    expect(isoFromDay(previousAsAt(dayFromIso("2019-01-15"), "year", "previous-month"))).toBe("2018-12-15");
    expect(isoFromDay(previousAsAt(dayFromIso("2019-01-31"), "year", "previous-period"))).toBe("2018-01-31");
    expect(isoFromDay(previousAsAt(dayFromIso("2019-02-28"), "year", "previous-year"))).toBe("2018-02-28");
  });
});
