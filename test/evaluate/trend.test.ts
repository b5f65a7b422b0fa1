import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultMinimumChange, trendOf } from "../../src/evaluate/trend.js";
import type { Polarity } from "../../src/indicators/types.js";
import type { Trend } from "../../src/scorecard/types.js";

describe("trendOf", () => {
  it("improves when a lower-is-better value falls by the minimum change", () => {
    expect(trendOf(5.8, 5.9, "lower-is-better", 0.1)).toBe("improving");
  });
  it("worsens when a higher-is-better value falls", () => {
    expect(trendOf(64.7, 69.1, "higher-is-better", 0.1)).toBe("worsening");
  });
  it("is stable when the change is below the minimum change (exact decimal)", () => {
    expect(trendOf(5.8, 5.8, "lower-is-better", 0.1)).toBe("stable");
    expect(trendOf(566, 567.5, "lower-is-better", 2)).toBe("stable");
    // 0.3 − 0.2 is 0.09999999999999998 in binary; in decimal it equals 0.1, so it moves.
    expect(trendOf(0.3, 0.2, "higher-is-better", 0.1)).toBe("improving");
  });
  it("has no trend without a previous value, or for polarity none", () => {
    expect(trendOf(5.8, null, "lower-is-better", 0.1)).toBeNull();
    expect(trendOf(null, 5.8, "lower-is-better", 0.1)).toBeNull();
    expect(trendOf(10, 5, "none", 1)).toBeNull();
  });

  const opposite: Record<Trend, Trend> = { improving: "worsening", worsening: "improving", stable: "stable" };
  const tenths = fc.integer({ min: -20000, max: 20000 }).map((n) => n / 10);
  it("makes trend antisymmetric: swapping value and previous swaps improving and worsening", () => {
    fc.assert(
      fc.property(tenths, tenths, fc.constantFrom<Polarity>("higher-is-better", "lower-is-better"), fc.constantFrom(0, 0.1, 1, 2.5), (a, b, p, m) =>
        trendOf(b, a, p, m) === opposite[trendOf(a, b, p, m)!],
      ),
    );
  });
});

describe("defaultMinimumChange", () => {
  it("is 0.1 for percent and rate, 1 for days and count", () => {
    expect([defaultMinimumChange("percent"), defaultMinimumChange("rate-per-10k"), defaultMinimumChange("days"), defaultMinimumChange("count")]).toEqual([0.1, 0.1, 1, 1]);
  });
});

describe("trendOf with a zero threshold", () => {
  it("calls an unchanged figure stable, not improving", () => {
    expect(trendOf(5, 5, "higher-is-better", 0)).toBe("stable");
    expect(trendOf(5, 5, "lower-is-better", 0)).toBe("stable");
  });
});
