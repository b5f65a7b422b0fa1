import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/dates/day.js";
import type { Episode } from "../../src/model/cohort.js";
import { CohortEpisodes, CohortEpisodesBuilder } from "../../src/model/cohortEpisodes.js";
import type { ReasonForNewEpisode } from "../../src/model/records.js";

const day = fc.integer({ min: -40_000, max: 40_000 }).map((d) => d as Day);
const code = (...codes: string[]) => fc.constantFrom(...codes);
const episode = (childId: string) =>
  fc.record({
    childId: fc.constant(childId),
    file: fc.constantFrom("2018-19/episodes.csv", "2019-20/episodes.csv", "episodes.csv"),
    line: fc.integer({ min: 2, max: 1_000_000 }),
    readOrder: fc.nat(),
    start: day,
    end: fc.option(day),
    reasonForNewEpisode: code("S", "L", "P", "T", "U", "B"),
    legalStatus: code("C2", "V3", "E1", "J1"),
    categoryOfNeed: fc.option(code("N1", "N4")),
    placementType: code("U1", "A3", "K2"),
    placementProvider: fc.option(code("PR1", "PR4", "odd value")),
    endReason: fc.option(code("X1", "E11", "E4A")),
    placementChangeReason: fc.option(code("CARPL", "OTHER")),
    homePostcode: fc.option(code("KM9 2JT", "BR8 9SG")),
    placementPostcode: fc.option(code("DZ61AD", "PB290CB")),
    urn: fc.option(code("SC123456", "1234567")),
    stale: fc.boolean(),
    truncated: fc.constant(false),
    endYear: fc.option(fc.integer({ min: 2015, max: 2030 })),
  }).map((e): Episode => ({ ...e, reasonForNewEpisode: e.reasonForNewEpisode as ReasonForNewEpisode, endReason: e.end === null ? null : e.endReason }));

/** Lists of episodes by cohort position, each child's own id. */
const cohortLists = fc.array(fc.nat({ max: 6 }), { maxLength: 20 }).chain((counts) =>
  fc.tuple(...counts.map((n, position) => fc.array(episode(`C${position}`), { minLength: n, maxLength: n }))),
);

describe("CohortEpisodes", () => {
  it("gives back each child's episodes as written, at every position, whatever capacity the columns started with", () => {
    fc.assert(
      fc.property(cohortLists, fc.integer({ min: 0, max: 8 }), (lists, capacity) => {
        const builder = new CohortEpisodesBuilder(capacity);
        for (const episodes of lists) builder.add(episodes);
        const columns = builder.finish(lists.length);
        expect(columns.length).toBe(lists.reduce((n, list) => n + list.length, 0));
        lists.forEach((episodes, position) => {
          expect(columns.countOf(position)).toBe(episodes.length);
          expect(columns.of(position, `C${position}`)).toEqual(episodes);
        });
        const made = CohortEpisodes.of(lists);
        expect(lists.map((_, position) => made.of(position, `C${position}`))).toEqual(lists);
      }),
      { seed: 1402, numRuns: 300 },
    );
  });

  it("gives the children after the last one added no episodes, and an open row no REC", () => {
    const builder = new CohortEpisodesBuilder(4);
    const open: Episode = {
      childId: "A", file: "episodes.csv", line: 2, readOrder: 0, start: 10 as Day, end: null, reasonForNewEpisode: "S", legalStatus: "C2",
      categoryOfNeed: null, placementType: "U1", placementProvider: null, endReason: "E11", placementChangeReason: null, homePostcode: null,
      placementPostcode: null, urn: null, stale: false, truncated: false, endYear: null,
    };
    builder.add([open]);
    const columns = builder.finish(3);
    expect([0, 1, 2].map((p) => columns.countOf(p))).toEqual([1, 0, 0]);
    expect(columns.of(0, "A")).toEqual([{ ...open, endReason: null }]);
    expect(columns.of(2, "C")).toEqual([]);
  });

  it("keeps codes past 65,536 distinct values (unknown codes are kept as given), widening the code columns", () => {
    const many = Array.from({ length: 70_000 }, (_, k): Episode => ({
      childId: "A", file: "episodes.csv", line: k + 2, readOrder: k, start: k as Day, end: (k + 1) as Day, reasonForNewEpisode: "P", legalStatus: "C2",
      categoryOfNeed: null, placementType: "U1", placementProvider: `P${k}`, endReason: "X1", placementChangeReason: null, homePostcode: null,
      placementPostcode: null, urn: null, stale: false, truncated: false, endYear: 2019,
    }));
    const columns = CohortEpisodes.of([many]);
    expect(columns.columns.placementProvider).toBeInstanceOf(Int32Array);
    const back = columns.of(0, "A");
    expect([back[0]!.placementProvider, back[65_535]!.placementProvider, back[69_999]!.placementProvider]).toEqual(["P0", "P65535", "P69999"]);
    expect(back).toEqual(many);
  });
});
