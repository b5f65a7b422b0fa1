import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SharedIds } from "../../../src/io/ssda903/sharedIds.js";
import type { TableName } from "../../../src/model/tables.js";

/** A copy of `text` that is another string object, as a field cut from a file's text is. */
const fresh = (text: string): string => (" " + text).slice(1);

describe("SharedIds", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives back each id's content, whatever the files' order, repeats and tables", () => {
    const file = fc.record({
      table: fc.constantFrom<TableName>("header", "episodes", "reviews"),
      ids: fc.array(fc.stringMatching(/^[A-C][0-9]{1,2}$/), { maxLength: 40 }),
      sorted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 12 }), (files) => {
        const ids = new SharedIds();
        for (const { table, ids: named, sorted } of files) {
          const order = sorted ? [...new Set(named)].sort() : named;
          ids.startFile(table);
          for (const id of order) expect(ids.of(fresh(id))).toBe(id);
          ids.endFile();
        }
      }),
      { seed: 2605, numRuns: 300 },
    );
  });

  it("finds the children of a header in id order without the map of every id", () => {
    const header = ["C01", "C02", "C03", "C05", "C08", "C13", "C21", "C34"];
    const ids = new SharedIds();
    ids.startFile("header");
    for (const id of header) ids.of(fresh(id));
    ids.endFile();
    const lookups = vi.spyOn(Map.prototype, "get");
    ids.startFile("episodes");
    // Gaps of up to five of the header's children: the near look and the gallop.
    for (const id of ["C01", "C03", "C05", "C34"]) expect(ids.of(fresh(id))).toBe(id);
    expect(lookups).not.toHaveBeenCalled();
    // A child the header does not name is looked up (and kept for the files after).
    expect(ids.of(fresh("C99"))).toBe("C99");
    expect(lookups).toHaveBeenCalledTimes(1);
    ids.endFile();
  });

  it("uses a header out of id order only through the map", () => {
    const ids = new SharedIds();
    ids.startFile("header");
    for (const id of ["C2", "C1", "C3"]) ids.of(fresh(id));
    ids.endFile();
    const lookups = vi.spyOn(Map.prototype, "get");
    ids.startFile("episodes");
    for (const id of ["C1", "C2", "C3"]) expect(ids.of(fresh(id))).toBe(id);
    expect(lookups).toHaveBeenCalledTimes(3);
  });
});
