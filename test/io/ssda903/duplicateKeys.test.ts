import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byChild, duplicateKeys, repeatedHeaders } from "../../../src/io/ssda903/crossChecks.js";
import { HeaderRows } from "../../../src/model/headerRows.js";
import { IssueSink } from "../../../src/io/ssda903/issueSink.js";
import type { TableRecord } from "../../../src/model/records.js";

type Header = TableRecord<"header">;

const header = (childId: string, line: number): Header => ({
  childId, file: "header.csv", line, readOrder: 0, sex: null, dateOfBirth: 0 as Header["dateOfBirth"], ethnicity: null, upn: null, motherFlag: null, motherChildDateOfBirth: null,
});

/**
 * The warnings reported for a file of these ids: by the header's columns (`repeatedHeaders`),
 * by `duplicateKeys` walking runs of records, or by `duplicateKeys` hashing every key.
 */
function warnings(ids: readonly string[], how: "header columns" | "runs" | "hashing") {
  const sink = new IssueSink("header.csv", "header");
  const records = ids.map((id, k) => header(id, k + 2));
  if (how === "header columns") repeatedHeaders(HeaderRows.of(records), sink);
  // Any other function of the same key is hashed: only `byChild` walks runs.
  else duplicateKeys(records, how === "runs" ? byChild : (r) => r.childId, sink);
  return sink.list();
}

describe("duplicate-key by child", () => {
  it("finds the same repeats over runs of ascending ids, and over the header's columns, as by hashing every id, in files in id order or not", () => {
    const id = fc.stringMatching(/^[0-9A-C\u00e9]{0,2}$/u);
    const grouped = fc.array(fc.tuple(id, fc.integer({ min: 1, max: 3 })), { maxLength: 25 }).map((runs) =>
      runs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([childId, n]) => Array.from({ length: n }, () => childId)),
    );
    fc.assert(
      fc.property(fc.oneof(grouped, fc.array(id, { maxLength: 30 })), (ids) => {
        const hashed = warnings(ids, "hashing");
        expect(warnings(ids, "runs")).toEqual(hashed);
        expect(warnings(ids, "header columns")).toEqual(hashed);
      }),
      { seed: 21, numRuns: 400 },
    );
  });

  it("names the first record of the child as the one replaced", () => {
    const found = warnings(["1", "2", "2", "2", "3"], "header columns");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "duplicate-key", line: 4, count: 2 });
    expect(found[0]!.message).toContain("line 3");
  });
});
