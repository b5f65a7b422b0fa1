import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byChild, duplicateKeys } from "../../../src/io/ssda903/crossChecks.js";
import { IssueSink } from "../../../src/io/ssda903/issueSink.js";
import type { TableRecord } from "../../../src/model/records.js";

type Header = TableRecord<"header">;

const header = (childId: string, line: number): Header => ({
  childId, file: "header.csv", line, readOrder: 0, sex: null, dateOfBirth: 0 as Header["dateOfBirth"], ethnicity: null, upn: null, motherFlag: null, motherChildDateOfBirth: null,
});

/** The warnings `duplicateKeys` reports, keyed by child, by the walk over runs (true) or by hashing every key (false). */
function warnings(ids: readonly string[], byRuns: boolean) {
  const sink = new IssueSink("header.csv", "header");
  // Any other function of the same key is hashed: only `byChild` walks runs.
  duplicateKeys(ids.map((id, k) => header(id, k + 2)), byRuns ? byChild : (r) => r.childId, sink);
  return sink.list();
}

describe("duplicate-key by child", () => {
  it("finds the same repeats over runs of ascending ids as by hashing every id, and hashes files that are not in id order", () => {
    const id = fc.stringMatching(/^[0-9A-C\u00e9]{0,2}$/u);
    const grouped = fc.array(fc.tuple(id, fc.integer({ min: 1, max: 3 })), { maxLength: 25 }).map((runs) =>
      runs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([childId, n]) => Array.from({ length: n }, () => childId)),
    );
    fc.assert(
      fc.property(fc.oneof(grouped, fc.array(id, { maxLength: 30 })), (ids) => {
        expect(warnings(ids, true)).toEqual(warnings(ids, false));
      }),
      { seed: 21, numRuns: 400 },
    );
  });

  it("names the first record of the child as the one replaced", () => {
    const found = warnings(["1", "2", "2", "2", "3"], true);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "duplicate-key", line: 4, count: 2 });
    expect(found[0]!.message).toContain("line 3");
  });
});
