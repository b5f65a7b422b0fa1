import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RunLists } from "../../src/numbers/runLists.js";

describe("RunLists", () => {
  it("gives each position its runs' rows in the order filed, whatever the interleaving", () => {
    const run = fc.record({ position: fc.nat({ max: 9 }), first: fc.nat({ max: 10_000 }), count: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 600 }), (runs) => {
        // Up to 600 runs over 10 positions: past the first capacities (64 later runs, 16 of one position), so the columns grow.
        const lists = new RunLists(10);
        const expected: number[][] = Array.from({ length: 10 }, () => []);
        for (const { position, first, count } of runs) {
          lists.add(position, first, count);
          for (let k = 0; k < count; k += 1) expected[position]!.push(first + k);
        }
        for (let p = 0; p < 10; p += 1) {
          const mine = runs.filter((r) => r.position === p);
          expect(lists.runsOf(p)).toBe(mine.length);
          expect(Array.from(lists.rowsOf(p))).toEqual(expected[p]);
          if (mine.length > 0) {
            expect(lists.firstRowOf(p)).toBe(mine[0]!.first);
            expect(lists.firstCountOf(p)).toBe(mine[0]!.count);
          }
        }
      }),
      { seed: 2601, numRuns: 150 },
    );
  });

  it("reuses one buffer for rowsOf: a position's rows are read before the next is asked for", () => {
    const lists = new RunLists(2);
    lists.add(0, 5, 2);
    lists.add(1, 9, 1);
    const zero = lists.rowsOf(0);
    expect(Array.from(zero)).toEqual([5, 6]);
    expect(Array.from(lists.rowsOf(1))).toEqual([9]);
    expect(zero[0]).toBe(9); // the same buffer, overwritten
  });
});
