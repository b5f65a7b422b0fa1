import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctAscending, exactSize, none, pushed } from "../../src/numbers/lists.js";

describe("none, pushed and exactSize", () => {
  it("the shared empty list refuses a push, so no child's rows can reach another's", () => {
    const a = none<number>();
    expect(a).toEqual([]);
    expect(none<string>()).toBe(a as unknown);
    expect(() => a.push(1)).toThrow(TypeError);
    expect(a).toEqual([]);
  });

  it("pushing from the shared empty list gives each list its own items", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer(), { maxLength: 20 }), { maxLength: 8 }), (batches) => {
        const lists = batches.map((values) => values.reduce((list, v) => pushed(list, v), none<number>()));
        lists.forEach((list, k) => expect(list).toEqual(batches[k]));
        expect(none<number>()).toEqual([]);
      }),
      { seed: 1402, numRuns: 200 },
    );
  });

  it("exactSize keeps the items in order, copies a non-empty list and shares the empty one", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), (values) => {
        const list = [...values];
        const exact = exactSize(list);
        expect(exact).toEqual(values);
        if (values.length === 0) expect(exact).toBe(none<number>());
        else expect(exact).not.toBe(list);
      }),
      { seed: 1403, numRuns: 200 },
    );
  });
});

describe("distinctAscending", () => {
  it("makes a list distinct and ascending in place, either side of the insertion sort's 64 values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 150 }), (values) => {
        const list = [...values];
        expect(distinctAscending(list)).toBe(list);
        expect(list).toEqual([...new Set(values)].sort((a, b) => a - b));
      }),
      { seed: 2604, numRuns: 200 },
    );
  });
});
