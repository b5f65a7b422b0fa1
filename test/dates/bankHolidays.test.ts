import { describe, expect, it } from "vitest";
import { BankHolidayCalendar, bankHolidaysOf } from "../../src/dates/bankHolidays.js";
import { dayFromIso, ukFromDay } from "../../src/dates/day.js";

// The test anchors of indicators.md §1.4, as printed there.
const ANCHORS: Record<number, string> = {
  2015: "01/01 03/04 06/04 04/05 25/05 31/08 25/12 28/12",
  2016: "01/01 25/03 28/03 02/05 30/05 29/08 26/12 27/12",
  2017: "02/01 14/04 17/04 01/05 29/05 28/08 25/12 26/12",
  2018: "01/01 30/03 02/04 07/05 28/05 27/08 25/12 26/12",
  2019: "01/01 19/04 22/04 06/05 27/05 26/08 25/12 26/12",
  2020: "01/01 10/04 13/04 08/05 25/05 31/08 25/12 28/12",
  2021: "01/01 02/04 05/04 03/05 31/05 30/08 27/12 28/12",
  2022: "03/01 15/04 18/04 02/05 02/06 03/06 29/08 19/09 26/12 27/12",
  2023: "02/01 07/04 10/04 01/05 08/05 29/05 28/08 25/12 26/12",
  2024: "01/01 29/03 01/04 06/05 27/05 26/08 25/12 26/12",
  2025: "01/01 18/04 21/04 05/05 26/05 25/08 25/12 26/12",
  2026: "01/01 03/04 06/04 04/05 25/05 31/08 25/12 28/12",
  2027: "01/01 26/03 29/03 03/05 31/05 30/08 27/12 28/12",
  2028: "03/01 14/04 17/04 01/05 29/05 28/08 25/12 26/12",
  2029: "01/01 30/03 02/04 07/05 28/05 27/08 25/12 26/12",
  2030: "01/01 19/04 22/04 06/05 27/05 26/08 25/12 26/12",
};

describe("bankHolidaysOf", () => {
  for (const [year, dates] of Object.entries(ANCHORS)) {
    it(`matches the published England and Wales list for ${year}`, () => {
      expect(bankHolidaysOf(Number(year)).map((d) => ukFromDay(d).slice(0, 5)).join(" ")).toBe(dates);
    });
  }

  it("applies the older one-off changes", () => {
    const iso = (y: number) => bankHolidaysOf(y).map((d) => ukFromDay(d));
    expect(iso(1999)).toContain("31/12/1999");
    expect(iso(2011)).toContain("29/04/2011");
    expect(iso(2012)).toEqual(expect.arrayContaining(["04/06/2012", "05/06/2012"]));
    expect(iso(2012)).not.toContain("28/05/2012");
  });

  it("lets a council add and remove days", () => {
    const calendar = new BankHolidayCalendar({ add: [dayFromIso("2026-05-08")], remove: [dayFromIso("2026-05-04")] });
    expect(calendar.isWorkingDay(dayFromIso("2026-05-08"))).toBe(false);
    expect(calendar.isWorkingDay(dayFromIso("2026-05-04"))).toBe(true);
  });
});
