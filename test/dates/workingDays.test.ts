import * as dfns from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BankHolidayCalendar } from "../../src/dates/bankHolidays.js";
import { addDays, dayFromIso, isoFromDay } from "../../src/dates/day.js";
import { addWorkingDays, workingDaysBetween } from "../../src/dates/workingDays.js";

const d = dayFromIso;

describe("addWorkingDays", () => {
  it.each([
    ["2018-12-20", "2019-01-22"],
    ["2024-12-20", "2025-01-22"],
    ["2025-04-11", "2025-05-14"],
    ["2025-03-03", "2025-03-31"],
  ])("20 working days after %s is %s", (from, expected) => {
    expect(isoFromDay(addWorkingDays(d(from), 20))).toBe(expected);
  });

  it("agrees with date-fns addBusinessDays across a stretch with no bank holiday", () => {
    const none = new BankHolidayCalendar();
    fc.assert(fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 15 }), (offset, n) => {
      const from = addDays(d("2019-06-03"), offset); // June–July 2019 has no bank holiday
      const expected = dfns.addBusinessDays(new Date(2019, 5, 3 + offset, 12), n);
      const got = isoFromDay(addWorkingDays(from, n, none));
      return got === dfns.format(expected, "yyyy-MM-dd");
    }));
  });
});

describe("workingDaysBetween", () => {
  it("skips Good Friday and Easter Monday", () => {
    expect(workingDaysBetween(d("2022-04-08"), d("2022-04-22"))).toBe(8);
  });

  it("is the inverse of addWorkingDays", () => {
    fc.assert(fc.property(fc.integer({ min: 17_000, max: 22_000 }), fc.integer({ min: 0, max: 60 }), (from, n) =>
      workingDaysBetween(from as never, addWorkingDays(from as never, n)) === n));
  });
});
