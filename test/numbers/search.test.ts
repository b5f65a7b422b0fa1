import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ascending, ascendingOrder, isSorted, lowerBound, sortFew } from "../../src/numbers/search.js";

/** Days around the epoch, before and after it, with repeats. */
const days = fc.array(fc.integer({ min: -80_000, max: 80_000 }), { maxLength: 60 });

describe("ascendingOrder", () => {
  it("is the stable sort of the indices by value (ties in index order), negative days included", () => {
    fc.assert(
      fc.property(fc.oneof(days, fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 60 })), (values) => {
        const expected = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
        expect([...ascendingOrder(values)]).toEqual(expected);
      }),
      { seed: 1401, numRuns: 500 },
    );
  });
});

describe("lowerBound", () => {
  it("is the first index in [from, to) whose value is at least the key", () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -90_000, max: 90_000 }), fc.nat(), fc.nat(), (values, key, a, b) => {
        const sorted = Float64Array.from(values).sort();
        const [from, to] = [a % (sorted.length + 1), b % (sorted.length + 1)].sort((x, y) => x - y) as [number, number];
        let expected = from;
        while (expected < to && sorted[expected]! < key) expected += 1;
        expect(lowerBound(sorted, key, from, to)).toBe(expected);
      }),
      { seed: 1402, numRuns: 500 },
    );
  });
});

describe("isSorted", () => {
  it("says a list is in order exactly when a stable sort leaves it as it is (strictly: and no two are equal)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }), fc.boolean(), (list, strictly) => {
        const compare = (a: number, b: number) => a - b;
        const inOrder = [...list].sort(compare).every((v, i) => v === list[i]);
        const distinct = new Set(list).size === list.length;
        expect(isSorted(list, compare, strictly)).toBe(inOrder && (!strictly || distinct));
      }),
      { seed: 71, numRuns: 300 },
    );
  });

  it("judges a range [from, to) of the list as the list of those items alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }), fc.nat(12), fc.nat(12), (list, a, b) => {
        const [from, to] = [Math.min(a, b, list.length), Math.min(Math.max(a, b), list.length)];
        expect(isSorted(list, ascending, false, from, to)).toBe(isSorted(list.slice(from, to), ascending));
      }),
      { seed: 72, numRuns: 300 },
    );
  });
});

describe("sortFew", () => {
  it("sorts a stretch in place as a stable sort does, by insertion or past 64 values by the built-in sort", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 150 }), fc.nat(), fc.nat(), (keys, a, b) => {
        // Sort indexes by their key only: equal keys must keep index order (stability).
        const from = keys.length === 0 ? 0 : a % (keys.length + 1);
        const to = from + (keys.length - from === 0 ? 0 : b % (keys.length - from + 1));
        const byKey = (i: number, j: number) => keys[i]! - keys[j]!;
        const expected = keys.map((_, i) => i);
        const sortedStretch = expected.slice(from, to).sort(byKey);
        expected.splice(from, to - from, ...sortedStretch);
        const list = keys.map((_, i) => i);
        sortFew(list, byKey, from, to);
        expect(list).toEqual(expected);
        const typed = Int32Array.from(keys.map((_, i) => i));
        sortFew(typed, byKey, from, to);
        expect(Array.from(typed)).toEqual(expected);
      }),
      { seed: 2602, numRuns: 300 },
    );
  });
});
