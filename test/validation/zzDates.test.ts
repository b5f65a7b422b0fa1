import { describe, expect, it } from "vitest";
import { dayFromYmd } from "../../src/dates/day.js";
import { dayFromZzDate } from "../../src/validation/rules/zzDates.js";

describe("dates with ZZ for an unknown part", () => {
  it("read as the latest day they can mean, as the DfE's rules take them", () => {
    expect(dayFromZzDate("15/06/2020")).toBe(dayFromYmd(2020, 6, 15));
    expect(dayFromZzDate("ZZ/02/2020")).toBe(dayFromYmd(2020, 2, 29));
    expect(dayFromZzDate("ZZ/ZZ/2020")).toBe(dayFromYmd(2020, 12, 31));
    expect(dayFromZzDate("15/ZZ/2020")).toBe(dayFromYmd(2021, 1, 14));
    expect(dayFromZzDate("15/06/ZZZZ")).toBe(dayFromYmd(2000, 6, 15));
  });

  it("are null when not a date", () => {
    for (const text of [null, "2020-06-15", "ZZ/13/2020", "31/06/2020", "15/06", "15/06/ZZ"]) expect(dayFromZzDate(text)).toBeNull();
  });
});
