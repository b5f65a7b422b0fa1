import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SortedIds } from "../../src/model/childIds.js";

const id = fc.stringMatching(/^[0-9A-Za-z\u00e9\u{1F600}]{0,3}$/u);
/** A file as a list of records: grouped by child or not, in id order or not. */
const file = fc.array(id, { maxLength: 30 }).map((ids) => ids.map((childId) => ({ childId })));

describe("SortedIds", () => {
  it("lists every id of every file once, in code-point order, whether the files are in id order or not", () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 6 }), (files) => {
        const expected = [...new Set(files.flat().map((r) => r.childId))].sort();
        expect(SortedIds.of(files).ids).toEqual(expected);
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it("finds each id's position, or -1, as indexOf would, whatever order the ids are asked in", () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 4 }), fc.array(id, { maxLength: 60 }), fc.boolean(), (files, asked, ascending) => {
        const sorted = SortedIds.of(files);
        const cursor = sorted.cursor();
        for (const childId of ascending ? [...asked].sort() : asked) expect(cursor.positionOf(childId)).toBe(sorted.ids.indexOf(childId));
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it("reads a grouped file in id order off its runs", () => {
    const files = [["2", "2", "5", "9"], ["1", "5", "5"], ["9", "3"]].map((ids) => ids.map((childId) => ({ childId })));
    expect(SortedIds.of(files).ids).toEqual(["1", "2", "3", "5", "9"]);
  });
});
