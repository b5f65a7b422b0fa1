import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayFromIso, isoFromDay } from "../../src/dates/day.js";
import { buildCohort } from "../../src/history/buildCohort.js";
import { tableRecordsOf } from "../../src/model/return903.js";
import type { RecordLists } from "../../src/model/records.js";
import {
  cohortOfYears, episode, episodesOf, header, healthAssessmentRecord, missingRecord, oc2Record, pepRecord, reviewRecord, visitRecord,
} from "../fixtures/builders.js";

/** One child's record from a single return of `records`. */
function onlyChild(records: Partial<RecordLists>) {
  const { cohort } = buildCohort({ years: [{ label: null, endYear: null, tables: [], records: tableRecordsOf(records) }] });
  expect(cohort.children).toHaveLength(1);
  const child = cohort.children[0]!;
  // Visits and assessments are the cohort's columns; made into records here to compare.
  return { ...child, visits: cohort.visits.of(0, child.childId), healthAssessments: cohort.healthAssessments.of(0, child.childId) };
}

describe("buildCohort: one record per key, the last in read order", () => {
  it("keeps the last MISSING row of each (kind, start) and orders them by start, then read order", () => {
    const firstM = missingRecord("1", "M", "2020-03-01", "2020-03-02");
    const laterA = missingRecord("1", "A", "2020-01-10");
    const lastM = missingRecord("1", "M", "2020-03-01", "2020-03-05");
    const sameDayA = missingRecord("1", "A", "2020-03-01");
    const child = onlyChild({ missing: [firstM, laterA, lastM, sameDayA] });
    expect(child.missing).toEqual([laterA, lastM, sameDayA]);
  });

  it("keeps the last health assessment of each (type, date) and orders them by date, then read order", () => {
    const review = healthAssessmentRecord("1", "review", "2020-05-01");
    const dental = healthAssessmentRecord("1", "dental", "2020-05-01");
    const reviewAgain = healthAssessmentRecord("1", "review", "2020-05-01");
    const initial = healthAssessmentRecord("1", "initial", "2020-02-01");
    const child = onlyChild({ health_assessments: [review, dental, reviewAgain, initial] });
    expect(child.healthAssessments).toEqual([initial, dental, reviewAgain]);
  });

  it("keeps distinct review and PEP dates, ascending, and every visit in date order", () => {
    const v1 = visitRecord("1", "2020-04-02");
    const v2 = visitRecord("1", "2020-01-02");
    const v3 = visitRecord("1", "2020-04-02");
    const child = onlyChild({
      reviews: ["2020-06-01", "2020-01-01", "2020-06-01"].map((d) => reviewRecord("1", d)),
      peps: ["2020-03-01", "2020-03-01", "2019-12-01"].map((d) => pepRecord("1", d)),
      visits: [v1, v2, v3],
    });
    expect(child.reviews).toEqual([dayFromIso("2020-01-01"), dayFromIso("2020-06-01")]);
    expect(child.peps).toEqual([dayFromIso("2019-12-01"), dayFromIso("2020-03-01")]);
    expect(child.visits).toEqual([v2, v1, v3]);
  });

  it("keeps any review and PEP days distinct and ascending, however many and in whatever order", () => {
    const base = dayFromIso("2020-01-01");
    const days = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 50 });
    fc.assert(
      fc.property(days, days, (reviews, peps) => {
        const child = onlyChild({
          header: [header("1", "2010-01-01")],
          reviews: reviews.map((d) => reviewRecord("1", isoFromDay(addDays(base, d)))),
          peps: peps.map((d) => pepRecord("1", isoFromDay(addDays(base, d)))),
        });
        const distinct = (list: number[]) => [...new Set(list)].sort((a, b) => a - b).map((d) => addDays(base, d));
        expect(child.reviews).toEqual(distinct(reviews));
        expect(child.peps).toEqual(distinct(peps));
      }),
      { seed: 1316, numRuns: 200 },
    );
  });

  it("keeps the last OC2 row of each year, oldest year first, with its end year", () => {
    const early = oc2Record("1", { teethCheck: 0 });
    const late = oc2Record("1", { teethCheck: 1 });
    const next = oc2Record("1", { teethCheck: 0, healthAssessment: 1 });
    const cohort = cohortOfYears([{ endYear: 2020, records: { oc2: [early, late] } }, { endYear: 2021, records: { oc2: [next] } }]);
    expect(cohort.children[0]!.oc2.map((o) => [o.endYear, o.teethCheck, o.healthAssessment])).toEqual([[2020, 1, null], [2021, 0, 1]]);
  });

  it("takes a missing header's date of birth from the latest year first, then table order, then the first row", () => {
    const dob = (d: string) => dayFromIso(d);
    const review = { ...reviewRecord("1", "2020-06-01"), dateOfBirth: dob("2010-01-01") };
    const missingEarly = { ...missingRecord("1", "M", "2020-07-01"), dateOfBirth: dob("2011-01-01") };
    const missingLater = { ...missingRecord("1", "M", "2021-07-01"), dateOfBirth: dob("2012-01-01") };
    const missingLaterAgain = { ...missingRecord("1", "A", "2021-08-01"), dateOfBirth: dob("2013-01-01") };
    const cohort = cohortOfYears([
      { endYear: 2021, records: { reviews: [review], missing: [missingEarly] } },
      { endYear: 2022, records: { missing: [missingLater, missingLaterAgain] } },
    ]);
    expect(cohort.children[0]!.dateOfBirth).toBe(dob("2012-01-01"));
    const sameYear = cohortOfYears([{ endYear: 2021, records: { missing: [missingEarly], reviews: [review] } }]);
    expect(sameYear.children[0]!.dateOfBirth).toBe(dob("2010-01-01")); // reviews come before missing in the fallback order
    const withHeader = cohortOfYears([{ endYear: 2021, records: { reviews: [review], header: [header("1", "2009-09-09")] } }]);
    expect(withHeader.children[0]!.dateOfBirth).toBe(dob("2009-09-09"));
  });

  it("keeps, of the rows sharing a DECOM, those of the latest year holding it, in chaining order", () => {
    const old = episode("1", { start: "2020-01-01", end: "2020-02-01", rec: "X1" }, "2019-20/episodes.csv");
    const kept = episode("1", { start: "2020-01-01", end: "2020-03-01", rec: "X1" }, "2020-21/episodes.csv");
    const keptZero = episode("1", { start: "2020-01-01", end: "2020-01-01", rec: "X1" }, "2020-21/episodes.csv");
    const after = episode("1", { start: "2020-03-01", rne: "P" }, "2019-20/episodes.csv");
    const cohort = cohortOfYears([{ endYear: 2020, records: { episodes: [old, after] } }, { endYear: 2021, records: { episodes: [kept, keptZero] } }]);
    const episodes = episodesOf(cohort, 0);
    expect(episodes.map((e) => [e.start, e.end, e.endYear])).toEqual([
      [keptZero.start, keptZero.end, 2021],
      [kept.start, kept.end, 2021],
      [after.start, null, 2020],
    ]);
    expect(episodes[2]!.stale).toBe(true);
  });
});
