import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { presentValue } from "../../src/evaluate/present.js";

// Integer formulas of indicators.md §1.10: an oracle independent of Decimal.
const tenthsToNumber = (tenths: bigint) => Number(tenths) / 10;

describe("presentValue", () => {
  it("presents the examples of indicators.md §1.10", () => {
    expect(presentValue("percent", 22, 380, null)).toBe(5.8);
    expect(presentValue("percent", 1, 8, null)).toBe(12.5);
    expect(presentValue("percent", 111, 2000, null)).toBe(5.6);
    expect(presentValue("rate-per-10k", 380, null, 50000)).toBe(76);
    expect(presentValue("days", 10183, 18, null)).toBe(566);
    expect(presentValue("count", 380, null, null)).toBe(380);
  });
  it("rounds a tie up: 1 of 16 is 6.25% → 6.3", () => {
    expect(presentValue("percent", 1, 16, null)).toBe(6.3);
  });
  it("has no percentage or mean of nobody, and no rate without a population", () => {
    expect(presentValue("percent", 0, 0, null)).toBeNull();
    expect(presentValue("days", 0, 0, null)).toBeNull();
    expect(presentValue("rate-per-10k", 12, null, null)).toBeNull();
  });

  const counts = fc.integer({ min: 1, max: 100000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
  it("equals tenths = ⌊(2000n + d) / (2d)⌋ for percent", () => {
    fc.assert(
      fc.property(counts, ([n, d]) => presentValue("percent", n, d, null) === tenthsToNumber((2000n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)))),
    );
  });
  it("equals tenths = ⌊(200000c + p) / (2p)⌋ for a rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 2_000_000 }), (c, p) =>
        presentValue("rate-per-10k", c, null, p) === tenthsToNumber((200000n * BigInt(c) + BigInt(p)) / (2n * BigInt(p))),
      ),
    );
  });
  it("equals ⌊(2T + n) / (2n)⌋ for days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 5000 }), (total, n) =>
        presentValue("days", total, n, null) === Number((2n * BigInt(total) + BigInt(n)) / (2n * BigInt(n))),
      ),
    );
  });
});
