import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ragOf } from "../../src/evaluate/rag.js";
import type { Polarity } from "../../src/indicators/types.js";
import type { Rag } from "../../src/scorecard/types.js";

describe("ragOf", () => {
  it("is green at the target for higher-is-better", () => {
    expect(ragOf(69.1, 69.1, 2, "higher-is-better")).toBe("green");
  });
  it("is amber within the tolerance below a higher-is-better target, inclusive", () => {
    expect(ragOf(67.1, 69.1, 2, "higher-is-better")).toBe("amber");
  });
  it("is red just below the amber band", () => {
    expect(ragOf(67.0, 69.1, 2, "higher-is-better")).toBe("red");
  });
  it("compares in exact decimal: 5.8 is amber at target 5.7 with tolerance 0.1", () => {
    // 5.7 + 0.1 in binary floating point is 5.800000000000001; in decimal it is 5.8.
    expect(ragOf(5.8, 5.7, 0.1, "lower-is-better")).toBe("amber");
    expect(ragOf(0.3, 0.1, 0.2, "lower-is-better")).toBe("amber");
  });
  it("is green at or below a lower-is-better target", () => {
    expect(ragOf(5.8, 6, 1, "lower-is-better")).toBe("green");
    expect(ragOf(6, 6, 1, "lower-is-better")).toBe("green");
  });
  it("is amber up to target + tolerance, then red, for lower-is-better", () => {
    expect(ragOf(7, 6, 1, "lower-is-better")).toBe("amber");
    expect(ragOf(7.1, 6, 1, "lower-is-better")).toBe("red");
  });
  it("treats a null tolerance as 0", () => {
    expect(ragOf(76.0, 74, null, "lower-is-better")).toBe("red");
    expect(ragOf(73.9, 74, null, "higher-is-better")).toBe("red");
  });
  it("has no RAG without a target, without a value, or with polarity none", () => {
    expect(ragOf(5, null, 1, "lower-is-better")).toBeNull();
    expect(ragOf(null, 6, 1, "lower-is-better")).toBeNull();
    expect(ragOf(5, 6, 1, "none")).toBeNull();
  });

  const rank: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
  const tenths = fc.integer({ min: -20000, max: 20000 }).map((n) => n / 10);
  const tolerance = fc.integer({ min: 0, max: 500 }).map((n) => n / 10);
  const polarity = fc.constantFrom<Polarity>("higher-is-better", "lower-is-better");

  it("never gets worse as the value improves, for a fixed target, tolerance and polarity", () => {
    fc.assert(
      fc.property(tenths, tenths, tenths, tolerance, polarity, (a, b, target, band, p) => {
        const [worse, better] = p === "higher-is-better" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        return rank[ragOf(worse, target, band, p)!] <= rank[ragOf(better, target, band, p)!];
      }),
    );
  });
});
