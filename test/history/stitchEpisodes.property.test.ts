import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/dates/day.js";
import { buildCohort, normalisePostcode, normaliseUrn } from "../../src/history/buildCohort.js";
import { compareEpisodes } from "../../src/history/episodeOrder.js";
import type { Episode } from "../../src/model/cohort.js";
import type { EpisodeRecord, ReasonForNewEpisode } from "../../src/model/records.js";
import { tableRecordsOf } from "../../src/model/return903.js";
import { episodesOf } from "../fixtures/builders.js";

/**
 * The stitching copies each child's kept episode rows from the files as read into the cohort's
 * columns, through a fast path for a child whose rows are one run in chaining order and a general
 * one for the rest (files not grouped by child, rows out of order, several years). Whatever the
 * path, each child's episodes must be those of a plain reading of indicators.md §1.5 over the
 * records: the rows of the latest year holding each DECOM, in chaining order, an open one from an
 * earlier year stale.
 */
const row = fc.record({
  childId: fc.constantFrom("A", "B", "C", "D"),
  start: fc.integer({ min: 0, max: 40 }),
  length: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
  rne: fc.constantFrom<ReasonForNewEpisode>("S", "P", "L"),
  ls: fc.constantFrom("C2", "V3", "E1"),
  rec: fc.constantFrom("X1", "E11", "E4A"),
  postcode: fc.constantFrom(null, "pe1 1aa", "PE11AA", "CB2 1TN"),
  urn: fc.constantFrom(null, "XXXXXXX", "sc123456", "SC123456"),
});
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

/** 1–3 years of rows, each year's file in the order drawn (often not grouped by child) or sorted by child. */
const years = fc.array(fc.tuple(fc.array(row, { maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 3 });

function recordsOf(rows: readonly Row[], file: string, readOrderFrom: number): EpisodeRecord[] {
  return rows.map((r, k) => ({
    childId: r.childId, file, line: k + 2, readOrder: readOrderFrom + k, start: r.start as Day, end: r.length === null ? null : ((r.start + r.length) as Day),
    reasonForNewEpisode: r.rne, legalStatus: r.ls, categoryOfNeed: null, placementType: "U1", placementProvider: "PR1",
    endReason: r.length === null ? null : r.rec, placementChangeReason: null, homePostcode: null, placementPostcode: r.postcode, urn: r.urn,
  }));
}

/** The cohort's episodes of `childId` by a plain reading of §1.5 over every year's records. */
function expected(files: readonly EpisodeRecord[][], childId: string): Episode[] {
  const rows = files.flatMap((records, year) => records.filter((e) => e.childId === childId).map((e) => ({ e, year })));
  rows.sort((a, b) => compareEpisodes(a.e, b.e));
  const latest = new Map<number, number>();
  for (const { e, year } of rows) latest.set(e.start, Math.max(latest.get(e.start) ?? -1, year));
  const endYears = files.length === 1 ? [null] : files.map((_, year) => 2018 + year);
  return rows
    .filter(({ e, year }) => latest.get(e.start) === year)
    .map(({ e, year }) => ({
      ...e, endReason: e.end === null ? null : e.endReason, placementPostcode: normalisePostcode(e.placementPostcode), urn: normaliseUrn(e.urn),
      stale: e.end === null && year < files.length - 1, truncated: false, endYear: endYears[year]!,
    }));
}

describe("the stitching of episodes", () => {
  it("keeps each child's rows of the latest year holding each DECOM, in chaining order, however the files are ordered", () => {
    fc.assert(
      fc.property(years, (drawn) => {
        let readOrder = 0;
        const files = drawn.map(([rows, grouped], year) => {
          const ordered = grouped ? [...rows].sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0)) : rows;
          const records = recordsOf(ordered, `${2017 + year}-${18 + year}/episodes.csv`, readOrder);
          readOrder += records.length;
          return records;
        });
        const single = files.length === 1;
        const { cohort } = buildCohort({
          years: files.map((records, year) => ({
            label: single ? null : `${2017 + year}-${18 + year}`, endYear: single ? null : 2018 + year, tables: ["episodes"], records: tableRecordsOf({ episodes: records }),
          })),
        });
        for (const child of cohort.children) expect(episodesOf(cohort, child.childId)).toEqual(expected(files, child.childId));
        expect(cohort.children.map((c) => c.childId)).toEqual([...new Set(files.flat().map((e) => e.childId))].sort());
      }),
      { seed: 1507, numRuns: 400 },
    );
  });
});
