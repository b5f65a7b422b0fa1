import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChildRunsBuilder, childIdOfRow, eachRunOf } from "../../src/model/childRuns.js";

describe("ChildRunsBuilder", () => {
  it("keeps one run per change of child, ending where the next begins, across its chunks of ids", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1_000 }), (runs, longest, seed) => {
        // Run r is of child `c${r}` (ids need not be sorted: the builder only notes changes), with 1 … longest rows.
        const lengths = Array.from({ length: runs }, (_, r) => 1 + ((r * 7 + seed) % longest));
        const builder = new ChildRunsBuilder();
        const rowChild: string[] = [];
        lengths.forEach((length, r) => {
          for (let k = 0; k < length; k += 1) {
            builder.push(`c${(r + seed) % (runs + 1)}`, rowChild.length);
            rowChild.push(`c${(r + seed) % (runs + 1)}`);
          }
        });
        const finished = builder.finish();
        expect(finished.runIds.length).toBe(runs);
        expect(finished.runEnds.length).toBe(runs);
        let end = 0;
        lengths.forEach((length, r) => {
          end += length;
          if (finished.runEnds[r] !== end) expect(finished.runEnds[r]).toBe(end);
          if (finished.runIds[r] !== `c${(r + seed) % (runs + 1)}`) expect(finished.runIds[r]).toBe(`c${(r + seed) % (runs + 1)}`);
        });
        const seen: string[] = [];
        eachRunOf(finished, (childId, first, runEnd) => {
          for (let k = first; k < runEnd; k += 1) seen.push(childId);
        });
        expect(seen).toEqual(rowChild);
        for (let k = 0; k < rowChild.length; k += 97) expect(childIdOfRow(finished, k)).toBe(rowChild[k]);
      }),
      { seed: 20261206, numRuns: 30, examples: [[0, 1, 0], [8_192, 1, 0], [8_193, 2, 5], [20_000, 3, 11]] },
    );
  });
});
