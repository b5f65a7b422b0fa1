import { describe, expect, it } from "vitest";
import {
  formatLongDate,
  formatMonth,
  formatNumber,
  formatValue,
  formatVariance,
  trendText,
} from "../../../../src/io/write/html/format.js";

describe("formatValue", () => {
  it("prints each unit as a council report does", () => {
    expect(formatValue(5.8, "percent")).toBe("5.8%");
    expect(formatValue(76, "rate-per-10k")).toBe("76.0");
    expect(formatValue(566, "days")).toBe("566 days");
    expect(formatValue(1, "days")).toBe("1 day");
    expect(formatValue(380, "count")).toBe("380");
  });

  it("pads to the unit's places but keeps a configured target's extra places", () => {
    expect(formatValue(6, "percent")).toBe("6.0%");
    expect(formatValue(6.25, "percent")).toBe("6.25%");
  });
});

describe("formatNumber", () => {
  it("groups thousands and keeps the sign", () => {
    expect(formatNumber(1234567.5, 1)).toBe("1,234,567.5");
    expect(formatNumber(-1234, 0)).toBe("-1,234");
    expect(formatNumber(999, 0)).toBe("999");
  });

  it("never prints a negative zero", () => {
    expect(formatNumber(-0, 1)).toBe("0.0");
  });
});

describe("formatVariance", () => {
  it("signs the variance and names its unit", () => {
    expect(formatVariance(-0.2, "points")).toBe("-0.2 pts");
    expect(formatVariance(2.7, "percent")).toBe("+2.7%");
    expect(formatVariance(12, "per-10k")).toBe("+12.0 per 10k");
    expect(formatVariance(203, "days")).toBe("+203 days");
    expect(formatVariance(-5, "count")).toBe("-5");
  });

  it("leaves zero unsigned", () => {
    expect(formatVariance(0, "points")).toBe("0.0 pts");
    expect(formatVariance(-0, "count")).toBe("0");
  });
});

describe("trendText", () => {
  it("points the arrow the way the figure moved, whatever the polarity", () => {
    expect(trendText("improving", 5.8, 6.9)).toEqual({ arrow: "\u2193", word: "Improving" });
    expect(trendText("improving", 70, 60)).toEqual({ arrow: "\u2191", word: "Improving" });
    expect(trendText("worsening", 76, 75.4)).toEqual({ arrow: "\u2191", word: "Worsening" });
  });

  it("shows a flat arrow for a stable figure even when it moved a little", () => {
    expect(trendText("stable", 64.8, 64.7)).toEqual({ arrow: "\u2192", word: "Stable" });
  });

  it("has no arrow without a trend", () => {
    expect(trendText(null, 5, null)).toEqual({ arrow: "\u2013", word: "No trend" });
  });
});

describe("formatLongDate", () => {
  it("writes an ISO date in words and leaves other text alone", () => {
    expect(formatLongDate("2019-01-31")).toBe("31 January 2019");
    expect(formatLongDate("2019-13-01")).toBe("2019-13-01");
    expect(formatMonth("2018-02-28")).toBe("Feb 2018");
  });
});
