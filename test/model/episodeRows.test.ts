import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/dates/day.js";
import { EpisodeRows, EpisodeRowsBuilder } from "../../src/model/episodeRows.js";
import type { EpisodeRecord, ReasonForNewEpisode } from "../../src/model/records.js";

const day = fc.integer({ min: -40_000, max: 40_000 }).map((d) => d as Day);
const record = fc.record({
  childId: fc.constantFrom("A", "B", "C", "10"),
  file: fc.constantFrom("2018-19/episodes.csv", "2019-20/episodes.csv"),
  line: fc.integer({ min: 2, max: 1_000_000 }),
  readOrder: fc.nat(),
  start: day,
  end: fc.option(day, { nil: null }),
  reasonForNewEpisode: fc.constantFrom<ReasonForNewEpisode>("S", "L", "P", "T", "U", "B"),
  legalStatus: fc.constantFrom("C2", "V3", "E1"),
  categoryOfNeed: fc.constantFrom(null, "N1", "N4"),
  placementType: fc.constantFrom("U1", "A3", "K2"),
  placementProvider: fc.constantFrom(null, "PR1", "kept as given"),
  // As read: a REC on an open row is blanked by the reader's checks, but a hand-built record keeps whatever it has.
  endReason: fc.constantFrom(null, "X1", "E11"),
  placementChangeReason: fc.constantFrom(null, "CARPL"),
  homePostcode: fc.constantFrom(null, "KM9 2JT"),
  placementPostcode: fc.constantFrom(null, "pe1 1aa", "DZ61AD"),
  urn: fc.constantFrom(null, "XXXXXXX", "SC123456"),
}) satisfies fc.Arbitrary<EpisodeRecord>;

describe("EpisodeRows", () => {
  it("gives back every record written, as written, in order, whatever the capacity it started with", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (records, capacity) => {
        const builder = new EpisodeRowsBuilder(capacity);
        for (const r of records) builder.push(r);
        const rows = builder.finish();
        expect(rows.length).toBe(records.length);
        expect(rows.records()).toEqual(records);
        expect(records.map((_, k) => rows.recordAt(k))).toEqual(records);
        expect(records.map((_, k) => rows.childIdAt(k))).toEqual(records.map((r) => r.childId));
        expect(EpisodeRows.of(records).records()).toEqual(records);
      }),
      { seed: 1506, numRuns: 300 },
    );
  });

  it("keeps a child's consecutive rows as one run", () => {
    const r = (childId: string, line: number): EpisodeRecord => ({
      childId, file: "episodes.csv", line, readOrder: 0, start: 0 as Day, end: null, reasonForNewEpisode: "S", legalStatus: "C2", categoryOfNeed: null,
      placementType: "U1", placementProvider: null, endReason: null, placementChangeReason: null, homePostcode: null, placementPostcode: null, urn: null,
    });
    const runs: [string, number, number][] = [];
    EpisodeRows.of([r("A", 2), r("A", 3), r("B", 4), r("A", 5)]).eachRun((childId, first, end) => runs.push([childId, first, end]));
    expect(runs).toEqual([["A", 0, 2], ["B", 2, 3], ["A", 3, 4]]);
  });
});
