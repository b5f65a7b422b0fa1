import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { median } from "../../benchmarks/median.js";

describe("the benches' median", () => {
  it("is the middle value of an odd count, and the mean of the middle two of an even one", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("lies between the least and the greatest value, whatever the order, and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 40 }), (values) => {
        const before = [...values];
        const m = median(values);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
        expect(values).toEqual(before);
      }),
    );
  });
});
