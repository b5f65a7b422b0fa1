import * as dfns from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths, addYears, ageAt, completedMonths, dayFromIso, dayFromYmd, isoFromDay, parseIsoDay, weekday, ymdFromDay,
} from "../../src/dates/day.js";

// date-fns is the oracle. Dates are built in UTC-free local form and compared by fields,
// so no time zone leaks in (run with TZ=Pacific/Auckland to check).
const ymdArb = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const toDate = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);
const fromDate = (dt: Date) => dayFromYmd(dt.getFullYear(), dt.getMonth() + 1, dt.getDate());

describe("day arithmetic", () => {
  it("round-trips every day through year, month and day", () => {
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
      const { year, month, day } = ymdFromDay(n);
      return dayFromYmd(year, month, day) === n;
    }));
  });

  it("agrees with date-fns on the days between two dates", () => {
    fc.assert(fc.property(ymdArb, ymdArb, (a, b) =>
      dayFromYmd(b.year, b.month, b.day) - dayFromYmd(a.year, a.month, a.day) ===
      dfns.differenceInCalendarDays(toDate(b.year, b.month, b.day), toDate(a.year, a.month, a.day))));
  });

  it("agrees with date-fns on addMonths, including month-end clamping", () => {
    const anyDay = fc.record({ year: fc.integer({ min: 1950, max: 2050 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => ({ year, month, day: Math.min(day, new Date(year, month, 0).getDate()) }));
    fc.assert(fc.property(anyDay, fc.integer({ min: -400, max: 400 }), (d, n) =>
      addMonths(dayFromYmd(d.year, d.month, d.day), n) === fromDate(dfns.addMonths(toDate(d.year, d.month, d.day), n))));
  });

  it("agrees with date-fns on the weekday", () => {
    fc.assert(fc.property(ymdArb, (d) => weekday(dayFromYmd(d.year, d.month, d.day)) === (dfns.getDay(toDate(d.year, d.month, d.day)) + 6) % 7));
  });

  it("clamps month ends as the spec's examples say", () => {
    expect(isoFromDay(addMonths(dayFromIso("2018-08-31"), 3))).toBe("2018-11-30");
    expect(isoFromDay(addMonths(dayFromIso("2018-08-31"), 6))).toBe("2019-02-28");
    expect(isoFromDay(addMonths(dayFromIso("2019-08-31"), 6))).toBe("2020-02-29");
    expect(isoFromDay(addYears(dayFromIso("2024-02-29"), 1))).toBe("2025-02-28");
  });

  it("gives a 29 February child their birthday on 28 February", () => {
    const dob = dayFromIso("2008-02-29");
    expect(ageAt(dob, dayFromIso("2024-02-27"))).toBe(15);
    expect(ageAt(dob, dayFromIso("2024-02-28"))).toBe(15);
    expect(ageAt(dob, dayFromIso("2024-02-29"))).toBe(16);
    expect(ageAt(dob, dayFromIso("2025-02-28"))).toBe(17);
  });

  it("agrees with date-fns on whole years of age away from 29 February", () => {
    fc.assert(fc.property(ymdArb, ymdArb, (b, o) => {
      const dob = toDate(b.year, b.month, b.day);
      const on = toDate(o.year, o.month, o.day);
      if (on < dob) return true; // ages before birth are not asked for
      return ageAt(dayFromYmd(b.year, b.month, b.day), dayFromYmd(o.year, o.month, o.day)) === dfns.differenceInYears(on, dob);
    }));
  });

  it("counts completed months as the largest m with addMonths(start, m) ≤ on", () => {
    expect(completedMonths(dayFromIso("2018-08-31"), dayFromIso("2018-11-29"))).toBe(2);
    expect(completedMonths(dayFromIso("2018-08-31"), dayFromIso("2018-11-30"))).toBe(3);
    expect(completedMonths(dayFromIso("2019-01-31"), dayFromIso("2019-01-31"))).toBe(0);
  });

  it("rejects dates that do not exist", () => {
    expect(parseIsoDay("2022-02-31")).toBeNull();
    expect(parseIsoDay("2024-02-29")).toBe(dayFromYmd(2024, 2, 29));
    expect(parseIsoDay("2019-1-31")).toBeNull();
  });
});

describe("Day brand", () => {
  it("refuses a plain number at compile time (checked by npm run typecheck) but reads it at run time", () => {
    // @ts-expect-error a plain number is not a Day
    expect(isoFromDay(17927)).toBe("2019-01-31");
  });
});
