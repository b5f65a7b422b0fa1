import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoFromDay } from "../../src/dates/day.js";
import { ChildDayLists } from "../../src/history/childDayLists.js";
import { DatedRows, PEP_CODEC } from "../../src/model/childRows.js";
import { none } from "../../src/numbers/lists.js";
import { pepRecord } from "../fixtures/builders.js";

describe("ChildDayLists", () => {
  it("gives each child the distinct days of its rows over every file, ascending, each in a list of its own", () => {
    // Rows of a few children over 1–3 files, in any order, days repeated.
    const row = fc.record({ position: fc.nat({ max: 5 }), day: fc.integer({ min: 17_000, max: 17_120 }) });
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 90 }), { minLength: 1, maxLength: 3 }), (files) => {
        const rows = files.map((file) => DatedRows.of(PEP_CODEC, file.map((r) => pepRecord(`C${r.position}`, isoFromDay(r.day as never)))));
        const positions = Int32Array.from(files.flat().map((r) => r.position));
        const lists = ChildDayLists.of(rows, positions, 6);
        const seen = new Set<number[]>();
        for (let p = 0; p < 6; p += 1) {
          const expected = [...new Set(files.flat().filter((r) => r.position === p).map((r) => r.day))].sort((a, b) => a - b);
          const days = lists.distinctAscendingOf(p);
          expect(days).toEqual(expected);
          if (expected.length === 0) expect(days).toBe(none<number>());
          else {
            expect(seen.has(days)).toBe(false);
            seen.add(days);
          }
        }
      }),
      { seed: 2603, numRuns: 150 },
    );
  });
});
