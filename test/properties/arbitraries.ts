import fc from "fast-check";
import { type Day, addDays, dayFromIso } from "../../src/dates/day.js";
import { emptyRecordLists } from "../fixtures/builders.js";
import type { EpisodeRecord, HeaderRecord, RecordLists } from "../../src/model/records.js";

/**
 * Arbitrary child histories, valid by construction: each child gets 1–3 periods of care, each
 * a chain of episodes joined by same-day X1 transfers, with gaps between periods. Dates fall
 * in 2015–2019, around the as-at dates the laws use.
 */
const BASE = dayFromIso("2015-01-01");
const PLACES = ["U1", "U4", "U5", "U6", "K2", "R1", "P1", "A5", "A6", "T1", "H5"] as const;
const LEGAL = ["C1", "C2", "V2", "E1", "V3"] as const;
const CHANGES = ["P", "L", "T", "U", "B", "P"] as const;
const FINAL = ["E4A", "E11", "E13", "E41", "E8", "E12"] as const;

interface EpisodeShape {
  length: number; // days, 0 allowed (zero-length)
  rne: (typeof CHANGES)[number];
  ls: (typeof LEGAL)[number];
  place: (typeof PLACES)[number];
}
interface PeriodShape {
  gapBefore: number;
  first: { ls: (typeof LEGAL)[number]; place: (typeof PLACES)[number]; length: number };
  rest: EpisodeShape[];
  open: boolean;
  finalReason: (typeof FINAL)[number];
}

const episodeShape: fc.Arbitrary<EpisodeShape> = fc.record({
  length: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 400 })),
  rne: fc.constantFrom(...CHANGES),
  ls: fc.constantFrom(...LEGAL),
  place: fc.constantFrom(...PLACES),
});
const periodShape: fc.Arbitrary<PeriodShape> = fc.record({
  gapBefore: fc.integer({ min: 1, max: 500 }),
  first: fc.record({ ls: fc.constantFrom(...LEGAL), place: fc.constantFrom(...PLACES), length: fc.integer({ min: 1, max: 500 }) }),
  rest: fc.array(episodeShape, { maxLength: 5 }),
  open: fc.boolean(),
  finalReason: fc.constantFrom(...FINAL),
});

export interface ChildShape {
  dobOffset: number;
  uasc: boolean;
  periods: PeriodShape[];
}
export const childShape: fc.Arbitrary<ChildShape> = fc.record({
  dobOffset: fc.integer({ min: -6000, max: 1200 }),
  uasc: fc.boolean(),
  periods: fc.array(periodShape, { minLength: 1, maxLength: 3 }),
});

/** Turn shapes into 903 records for the given ids; `readOrder` follows array order. */
export function recordsOf(children: { id: string; shape: ChildShape }[]): RecordLists {
  const records = emptyRecordLists();
  let order = 0;
  const src = (file: string) => ({ file, line: order + 2, readOrder: order++ });
  for (const { id, shape } of children) {
    records.header.push({ childId: id, ...src("header.csv"), sex: "1", dateOfBirth: addDays(BASE, shape.dobOffset), ethnicity: "WBRI", upn: null, motherFlag: null, motherChildDateOfBirth: null } satisfies HeaderRecord);
    if (shape.uasc) records.uasc.push({ childId: id, ...src("uasc.csv"), sex: null, dateOfBirth: null, ceased: null });
    let day: Day = BASE;
    for (const p of shape.periods) {
      day = addDays(day, p.gapBefore);
      const episodes: Omit<EpisodeRecord, "file" | "line" | "readOrder" | "end" | "endReason">[] = [];
      const base = { childId: id, categoryOfNeed: null, placementProvider: "PR1", placementChangeReason: null, homePostcode: null, placementPostcode: null, urn: null };
      episodes.push({ ...base, start: day, reasonForNewEpisode: "S", legalStatus: p.first.ls, placementType: p.first.place });
      let cursor = addDays(day, p.first.length);
      for (const e of p.rest) {
        episodes.push({ ...base, start: cursor, reasonForNewEpisode: e.rne, legalStatus: e.ls, placementType: e.place });
        cursor = addDays(cursor, e.length);
      }
      episodes.forEach((e, i) => {
        const last = i === episodes.length - 1;
        const end = last ? (p.open ? null : cursor) : episodes[i + 1]!.start;
        records.episodes.push({ ...e, ...src("episodes.csv"), end, endReason: end === null ? null : last ? p.finalReason : "X1" });
      });
      day = cursor;
      if (p.open) break; // nothing follows an open period
    }
  }
  return records;
}

export const cohortShapes = (maxChildren = 12) => fc.array(childShape, { maxLength: maxChildren });

export const asAtArb = fc.constantFrom("2016-03-31", "2017-01-31", "2017-09-15", "2018-03-31", "2019-01-31", "2019-12-31");
