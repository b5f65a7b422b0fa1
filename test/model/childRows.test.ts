import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/dates/day.js";
import { buildCohort } from "../../src/history/buildCohort.js";
import { ChildDays } from "../../src/indicators/childDays.js";
import { isStatutoryVisit } from "../../src/indicators/timeliness/visitsOnTime.js";
import { DatedRows, fileIndexIn, HEALTH_ASSESSMENT_CODEC, isStatutoryVisitCode, PEP_CODEC, REVIEW_CODEC, VISIT_CODEC } from "../../src/model/childRows.js";
import { noDatedRows } from "../../src/model/cohort.js";
import type { HealthAssessmentRecord, PepRecord, ReviewRecord, VisitRecord } from "../../src/model/records.js";
import { tableRecordsOf } from "../../src/model/return903.js";

const SEED = { seed: 20261204 };

const visitArb = fc.record({
  childId: fc.constantFrom("A", "B", "C", "D"),
  date: fc.integer({ min: 17_000, max: 17_040 }),
  visitType: fc.constantFrom("statutory" as const, "other" as const),
  seen: fc.constantFrom("Y" as const, "N" as const),
  seenAlone: fc.constantFrom("Y" as const, "N" as const, null),
});
const reviewArb = fc.record({
  childId: fc.constantFrom("A", "B", "C"),
  date: fc.integer({ min: 17_000, max: 17_040 }),
  dateOfBirth: fc.option(fc.integer({ min: 10_000, max: 12_000 })),
  // REVIEW_CODE keeps an unknown code as given.
  participation: fc.option(fc.oneof(fc.constantFrom("PN0", "PN1", "PN7"), fc.string({ maxLength: 6 }))),
});
const pepArb = fc.record({ childId: fc.constantFrom("A", "B"), date: fc.integer({ min: 17_000, max: 17_040 }) });
const assessmentArb = fc.record({
  childId: fc.constantFrom("A", "B", "C"),
  date: fc.integer({ min: 17_000, max: 17_010 }),
  type: fc.constantFrom("initial" as const, "review" as const, "dental" as const),
  requested: fc.option(fc.integer({ min: 16_900, max: 17_010 })),
});

/** Records numbered in read order, across two files of one table. */
function numbered<T extends object>(rows: T[], table: string): (T & { file: string; line: number; readOrder: number })[] {
  return rows.map((row, k) => ({ ...row, file: `${k % 2 === 0 ? "2018-19" : "2019-20"}/${table}.csv`, line: k + 2, readOrder: k }));
}

describe("ChildRows", () => {
  it("packs every visit and assessment into its code and back unchanged", () => {
    fc.assert(
      fc.property(visitArb, (v) => {
        const record = { ...v, date: v.date as Day, file: "visits.csv", line: 2, readOrder: 0 };
        expect(VISIT_CODEC.unpack(record, VISIT_CODEC.pack(record), null, null)).toEqual(record);
        expect(isStatutoryVisitCode(VISIT_CODEC.pack(record))).toBe(isStatutoryVisit(record));
      }),
      SEED,
    );
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const record = { ...a, date: a.date as Day, requested: a.requested as Day | null, file: "ha.csv", line: 2, readOrder: 0 };
        expect(HEALTH_ASSESSMENT_CODEC.unpack(record, HEALTH_ASSESSMENT_CODEC.pack(record), record.requested, null)).toEqual(record);
      }),
      SEED,
    );
  });

  it("gives back the records it was made of, row by row, with their files and runs of children", () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 40 }), fc.array(assessmentArb, { maxLength: 30 }), (v, a) => {
        const visits = numbered(v, "visits") as VisitRecord[];
        const rows = DatedRows.of(VISIT_CODEC, visits);
        expect(rows.records()).toEqual(visits);
        expect(visits.map((_, k) => rows.childIdAt(k))).toEqual(visits.map((r) => r.childId));
        // Runs: consecutive rows of one child share one entry.
        expect(rows.runIds.length).toBe(visits.filter((r, k) => k === 0 || visits[k - 1]!.childId !== r.childId).length);
        const assessments = numbered(a, "health_assessments") as HealthAssessmentRecord[];
        expect(DatedRows.of(HEALTH_ASSESSMENT_CODEC, assessments).records()).toEqual(assessments);
      }),
      SEED,
    );
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 30 }), fc.array(pepArb, { maxLength: 30 }), (r, p) => {
        const reviews = numbered(r, "reviews") as ReviewRecord[];
        const rows = DatedRows.of(REVIEW_CODEC, reviews);
        expect(rows.records()).toEqual(reviews);
        expect(reviews.map((_, k) => rows.secondDayAt(k))).toEqual(reviews.map((review) => review.dateOfBirth));
        const peps = numbered(p, "peps") as PepRecord[];
        expect(DatedRows.of(PEP_CODEC, peps).records()).toEqual(peps);
      }),
      SEED,
    );
  });

  it("keeps each child's visits by date then read order, and its last assessment of each date and type", () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 40 }), fc.array(assessmentArb, { maxLength: 30 }), (v, a) => {
        const visits = numbered(v, "visits") as VisitRecord[];
        const assessments = numbered(a, "health_assessments") as HealthAssessmentRecord[];
        const { cohort } = buildCohort({ years: [{ label: null, endYear: null, tables: [], records: tableRecordsOf({ visits, health_assessments: assessments }) }] });
        const byDate = (x: { date: number; readOrder: number }, y: { date: number; readOrder: number }) => x.date - y.date || x.readOrder - y.readOrder;
        cohort.children.forEach((child, position) => {
          expect(cohort.visits.of(position, child.childId)).toEqual(visits.filter((r) => r.childId === child.childId).sort(byDate));
          const own = assessments.filter((r) => r.childId === child.childId);
          const lastOfKey = own.filter((r, k) => !own.slice(k + 1).some((later) => later.date === r.date && later.type === r.type));
          expect(cohort.healthAssessments.of(position, child.childId)).toEqual(lastOfKey.sort(byDate));
        });
        // Rows of all children, none lost or repeated.
        expect(cohort.visits.first[cohort.children.length]).toBe(visits.length);
      }),
      SEED,
    );
  });

  it("gives the statutory visit days of each child from the codes alone", () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 40 }), fc.integer({ min: 16_990, max: 17_050 }), fc.integer({ min: 16_990, max: 17_050 }), (v, from, to) => {
        const visits = numbered(v, "visits") as VisitRecord[];
        const { cohort } = buildCohort({ years: [{ label: null, endYear: null, tables: [], records: tableRecordsOf({ visits }) }] });
        const days = ChildDays.ofRows(cohort.visits, isStatutoryVisitCode);
        cohort.children.forEach((child, position) => {
          const expected = visits.some((r) => r.childId === child.childId && isStatutoryVisit(r) && r.date >= from && r.date <= to);
          expect(days.anyBetween(position, from, to)).toBe(expected);
        });
      }),
      SEED,
    );
  });

  it("refuses rows naming more files than a row can point to, rather than naming the wrong one", () => {
    const files = (n: number) => Array.from({ length: n }, (_, k) => `f${k}.csv`);
    const almostFull = files(65_535);
    expect(fileIndexIn(almostFull, "another.csv")).toBe(65_535); // the last index a Uint16 holds
    expect(fileIndexIn(almostFull, "f7.csv")).toBe(7);
    expect(() => fileIndexIn(files(65_536), "another.csv")).toThrow(RangeError);
  });

  it("has no rows for any child of a cohort built by hand", () => {
    const { visits, healthAssessments } = noDatedRows(3);
    expect([...visits.first]).toEqual([0, 0, 0, 0]);
    expect(visits.of(2, "C")).toEqual([]);
    expect(healthAssessments.of(0, "A")).toEqual([]);
  });
});
