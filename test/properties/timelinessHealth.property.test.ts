import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BankHolidayCalendar } from "../../src/dates/bankHolidays.js";
import { type Day, addDays, dayFromIso, dayFromYmd, ymdFromDay } from "../../src/dates/day.js";
import { pepCurrent } from "../../src/indicators/education/pepCurrent.js";
import { dentalCheck } from "../../src/indicators/health/dentalCheck.js";
import { healthCheckAnnual } from "../../src/indicators/health/healthCheckAnnual.js";
import { ihaOnTime } from "../../src/indicators/health/ihaOnTime.js";
import { immunisationsUpToDate } from "../../src/indicators/health/immunisations.js";
import { type ReviewItem, firstCareDay, isItemInWindow, periodReviewItems, reviewSchedule } from "../../src/indicators/timeliness/reviewSchedule.js";
import { isExcludedAsUasc } from "../../src/indicators/common.js";
import { overlaps } from "../../src/history/episodeOrder.js";
import { reviewsOnTime } from "../../src/indicators/timeliness/reviewsOnTime.js";
import { visitsOnTime } from "../../src/indicators/timeliness/visitsOnTime.js";
import type { IndicatorDefinition, Measurement } from "../../src/indicators/types.js";
import type { PeriodOfCare } from "../../src/history/periodsOfCare.js";
import type { RecordLists } from "../../src/model/records.js";
import { cohortOf, contextFor, emptyRecordLists } from "../fixtures/builders.js";

/**
 * Small children valid by construction, dated 2023–2026 around the as-at dates below: 1–2
 * periods of care (chains of X1 episodes, a gap of 0+ days between periods, so a period may
 * start on the day the previous one ended). Reviews follow the start of care at intervals of
 * 5–200 days; health assessments fall around it or before one of the as-at dates, as do
 * visits and PEPs, so every indicator sees both passes and failures.
 */
const BASE = dayFromIso("2023-01-01");
const AS_ATS = ["2024-03-31", "2024-09-15", "2025-03-31", "2025-05-31", "2025-12-31", "2026-03-31"] as const;
const PLACES = ["U1", "U4", "U5", "K2", "T1", "A5"] as const;
const LEGAL = ["C2", "V2", "E1", "V3"] as const;
const flag = fc.constantFrom(0 as const, 1 as const, null);
const beforeAnAsAt = (maxBack: number) => fc.record({ asAt: fc.constantFrom(...AS_ATS), back: fc.integer({ min: 0, max: maxBack }) });

const periodShape = fc.record({
  gap: fc.integer({ min: 0, max: 300 }),
  episodes: fc.array(
    fc.record({ length: fc.integer({ min: 1, max: 250 }), ls: fc.constantFrom(...LEGAL), place: fc.constantFrom(...PLACES), rne: fc.constantFrom("P", "L", "T", "U" as const) }),
    { minLength: 1, maxLength: 3 },
  ),
  open: fc.boolean(),
});
const childShape = fc.record({
  dob: fc.option(fc.integer({ min: -6500, max: 0 }), { nil: null }),
  uasc: fc.boolean(),
  start: fc.integer({ min: -400, max: 1150 }),
  periods: fc.array(periodShape, { minLength: 1, maxLength: 2 }),
  reviewGaps: fc.array(fc.integer({ min: 5, max: 200 }), { maxLength: 6 }),
  visits: fc.array(fc.record({ when: beforeAnAsAt(60), other: fc.constantFrom(false, false, true), notSeen: fc.constantFrom(false, false, true) }), { maxLength: 6 }),
  assessments: fc.array(
    fc.record({ when: fc.oneof(fc.integer({ min: -100, max: 60 }), beforeAnAsAt(400)), type: fc.constantFrom("initial", "review", "dental" as const) }),
    { maxLength: 4 },
  ),
  peps: fc.array(beforeAnAsAt(250), { maxLength: 3 }),
  oc2: fc.option(fc.record({ healthAssessment: flag, teethCheck: flag, immunisations: flag }), { nil: null }),
});
type ChildShape = typeof childShape extends fc.Arbitrary<infer T> ? T : never;

/** Records for children; `withEpisodes: false` keeps every record but the episodes (a child never looked after). */
function recordsOf(children: { id: string; shape: ChildShape; withEpisodes?: boolean }[]): RecordLists {
  const r = emptyRecordLists();
  let order = 0;
  const src = (file: string) => ({ file, line: order + 2, readOrder: order++ });
  const before = (w: { asAt: string; back: number }) => addDays(dayFromIso(w.asAt), -w.back);
  for (const { id, shape, withEpisodes = true } of children) {
    const start = addDays(BASE, shape.start + shape.periods[0]!.gap);
    if (shape.dob !== null) r.header.push({ childId: id, ...src("header.csv"), sex: "1", dateOfBirth: addDays(BASE, shape.dob), ethnicity: "WBRI", upn: null, motherFlag: null, motherChildDateOfBirth: null });
    if (shape.uasc) r.uasc.push({ childId: id, ...src("uasc.csv"), sex: null, dateOfBirth: null, ceased: null });
    let review = start;
    for (const g of shape.reviewGaps) r.reviews.push({ childId: id, ...src("reviews.csv"), dateOfBirth: null, date: (review = addDays(review, g)), participation: null });
    for (const v of shape.visits) r.visits.push({ childId: id, ...src("visits.csv"), date: before(v.when), visitType: v.other ? "other" : "statutory", seen: v.notSeen ? "N" : "Y", seenAlone: null });
    for (const a of shape.assessments) r.health_assessments.push({ childId: id, ...src("health_assessments.csv"), type: a.type, date: typeof a.when === "number" ? addDays(start, a.when) : before(a.when), requested: null });
    for (const w of shape.peps) r.peps.push({ childId: id, ...src("peps.csv"), date: before(w) });
    if (shape.oc2) r.oc2.push({ childId: id, ...src("oc2.csv"), dateOfBirth: null, sdqScore: null, sdqReason: null, convicted: null, healthCheck: null, substanceMisuse: null, interventionReceived: null, interventionOffered: null, ...shape.oc2 });
    if (!withEpisodes) continue;
    let day = addDays(BASE, shape.start);
    for (const p of shape.periods) {
      day = addDays(day, p.gap);
      p.episodes.forEach((e, i) => {
        const last = i === p.episodes.length - 1;
        const end = addDays(day, e.length);
        const open = last && p.open;
        r.episodes.push({
          childId: id, ...src("episodes.csv"), start: day, end: open ? null : end, reasonForNewEpisode: i === 0 ? "S" : e.rne,
          legalStatus: e.ls, categoryOfNeed: null, placementType: e.place, placementProvider: "PR1",
          endReason: open ? null : last ? "E4A" : "X1", placementChangeReason: null, homePostcode: null, placementPostcode: null, urn: null,
        });
        day = end;
      });
      if (p.open) break; // nothing follows an open period
    }
  }
  return r;
}

const INDICATORS: IndicatorDefinition[] = [reviewsOnTime, visitsOnTime, ihaOnTime, healthCheckAnnual, dentalCheck, immunisationsUpToDate, pepCurrent];
const asAtArb = fc.constantFrom(...AS_ATS);
const periodArb = fc.constantFrom("year", "quarter", "month", "fytd" as const);
const optionsArb = fc.record({
  reviewsForm: fc.constantFrom("event", "child" as const),
  reviewsWindowBy: fc.constantFrom("due", "held" as const),
  visitPermanence: fc.constantFrom("long-term-foster", "none" as const),
  healthSource: fc.constantFrom("auto", "oc2", "local" as const),
  excludeUasc: fc.boolean(),
  pepMaxAgeMonths: fc.constantFrom(6, null),
});
const cohortArb = (prefix: string, max = 5) => fc.array(childShape, { maxLength: max }).map((shapes) => shapes.map((shape, i) => ({ id: `${prefix}${i}`, shape })));

function measured(m: Measurement): Measurement & { kind: "measured" } {
  if (m.kind !== "measured") throw new Error(m.note);
  return m;
}
function measure(d: IndicatorDefinition, children: { id: string; shape: ChildShape; withEpisodes?: boolean }[], asAt: string, period: "year" | "quarter" | "month" | "fytd", options: object) {
  return measured(d.compute(contextFor(cohortOf(recordsOf(children)), asAt, { period, options })));
}

describe.each(INDICATORS.map((d) => [d.id, d] as const))("%s laws", (_id, definition) => {
  it("never has a numerator above its denominator, and names members from its cohort", () => {
    fc.assert(fc.property(cohortArb("C"), asAtArb, periodArb, optionsArb, (children, asAt, period, options) => {
      const m = measure(definition, children, asAt, period, options);
      const cohort = new Set(m.members.denominator);
      return m.denominator !== null && m.numerator <= m.denominator && m.members.numerator.every((id) => cohort.has(id));
    }));
  });

  it("changes nothing when a child who was never looked after is added", () => {
    fc.assert(fc.property(cohortArb("C"), childShape, asAtArb, periodArb, optionsArb, (children, outsider, asAt, period, options) => {
      const without = measure(definition, children, asAt, period, options);
      const withOutsider = measure(definition, [...children, { id: "Z", shape: outsider, withEpisodes: false }], asAt, period, options);
      expect(withOutsider).toEqual(without);
    }));
  });

  it("adds numerators and denominators when two disjoint cohorts merge", () => {
    fc.assert(fc.property(cohortArb("A"), cohortArb("B"), asAtArb, periodArb, optionsArb, (a, b, asAt, period, options) => {
      const left = measure(definition, a, asAt, period, options);
      const right = measure(definition, b, asAt, period, options);
      const both = measure(definition, [...a, ...b], asAt, period, options);
      return both.numerator === left.numerator + right.numerator && both.denominator === (left.denominator ?? 0) + (right.denominator ?? 0);
    }));
  });
});

describe("review schedule laws", () => {
  const calendar = new BankHolidayCalendar();
  const openPeriod = (start: Day): PeriodOfCare => ({ index: 0, episodes: [], start, end: null, endReason: null, startKnown: true, shortBreakOnly: false });
  const held = (items: ReviewItem[]) => items.filter((i) => i.held !== null);
  const startArb = fc.integer({ min: 0, max: 700 }).map((n) => addDays(dayFromIso("2023-01-01"), n));
  const R = dayFromIso("2030-12-31"); // after every generated review: all are held in the open period

  it("keeps a review on time when that review alone moves one day earlier (items before it unchanged)", () => {
    fc.assert(fc.property(startArb, fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }), fc.nat(), (start, gaps, pick) => {
      const reviews: Day[] = [];
      let day = start;
      for (const g of gaps) reviews.push((day = addDays(day, g)));
      const k = pick % reviews.length;
      const moved = addDays(reviews[k]!, -1);
      if (moved <= (k === 0 ? start - 1 : reviews[k - 1]!)) return true; // would leave the period or swap order: not this law
      const before = held(periodReviewItems(openPeriod(start), reviews, R, calendar));
      const after = held(periodReviewItems(openPeriod(start), reviews.map((r, i) => (i === k ? moved : r)), R, calendar));
      expect(after.slice(0, k)).toEqual(before.slice(0, k));
      if (before[k]!.onTime) expect(after[k]!.onTime).toBe(true);
    }));
  });

  // Reviews on days 2–28 of a month: addMonths(r − 1, n) = addMonths(r, n) − 1, no month-end clamping.
  const clampFreeReviews = (start: Day) =>
    fc.array(fc.record({ months: fc.integer({ min: 1, max: 7 }), day: fc.integer({ min: 2, max: 28 }) }), { minLength: 1, maxLength: 6 }).map((steps) => {
      const { year, month } = ymdFromDay(start);
      let index = year * 12 + month - 1;
      return steps.map((s) => {
        index += s.months;
        return dayFromYmd(Math.floor(index / 12), (index % 12) + 1, s.day);
      });
    });

  it("keeps every held review on time when all reviews (after the period start, on days 2–28) move one day earlier", () => {
    fc.assert(fc.property(startArb.chain((start) => fc.tuple(fc.constant(start), clampFreeReviews(start))), ([start, reviews]) => {
      const limit = reviews[reviews.length - 1]!; // R on the last review: every review is held in the period
      const before = held(periodReviewItems(openPeriod(start), reviews, limit, calendar));
      const after = held(periodReviewItems(openPeriod(start), reviews.map((r) => addDays(r, -1)), limit, calendar));
      expect(after.length).toBe(before.length);
      before.forEach((item, i) => {
        if (item.onTime) expect(after[i]!.onTime).toBe(true);
      });
      expect(after.filter((i) => !i.onTime).length).toBeLessThanOrEqual(before.filter((i) => !i.onTime).length);
    }));
  });

  // The unrestricted law ("late items never increase when every review moves a day earlier") is false:
  it("can turn a review late through month-end clamping (30/11 + 3 months = 28/02)", () => {
    const start = dayFromIso("2024-11-15"); // due₁ Fri 13/12/2024
    const reviews = ["2024-12-01", "2025-03-01", "2025-09-01"].map(dayFromIso);
    const late = (rs: Day[]) => periodReviewItems(openPeriod(start), rs, dayFromIso("2025-12-31"), calendar).filter((i) => !i.onTime).length;
    expect(late(reviews)).toBe(0); // dues 13/12/2024, 01/03/2025, 01/09/2025
    expect(late(reviews.map((r) => addDays(r, -1)))).toBe(1); // dues 13/12/2024, 28/02/2025, 28/08/2025: 31/08 is late
  });

  it("can create a missed item when the next due date moves onto R", () => {
    const start = dayFromIso("2024-11-15");
    const asAt = dayFromIso("2025-03-04");
    const items = (rs: Day[]) => periodReviewItems(openPeriod(start), rs, asAt, calendar);
    expect(items([dayFromIso("2024-12-05")]).filter((i) => !i.onTime)).toEqual([]); // next due 05/03/2025, after R
    expect(items([dayFromIso("2024-12-04")]).filter((i) => !i.onTime)).toEqual([{ period: 0, due: dayFromIso("2025-03-04"), held: null, onTime: false }]);
  });
});

describe("reviews-on-time over the kept review chains", () => {
  /** The plain form: each child's periods walked as objects, every item of each schedule listed (`reviewSchedule`). */
  function byPeriods(context: ReturnType<typeof contextFor>) {
    const { period: window, asAt, calendar, options } = context;
    const numerator: string[] = [];
    const denominator: string[] = [];
    const excluded: string[] = [];
    let onTime = 0;
    let due = 0;
    for (const h of context.history.children) {
      const items = reviewSchedule(h.periods, h.child.reviews, asAt, window, calendar).filter((item) => isItemInWindow(item, window, options.reviewsWindowBy));
      if (items.length === 0) {
        if (h.periods.some((p) => p.start <= window.end && firstCareDay(p) > window.end && overlaps(p, window.start, window.end))) excluded.push(`${h.child.childId}:short-break`);
        continue;
      }
      if (isExcludedAsUasc(context, h.child)) {
        excluded.push(`${h.child.childId}:uasc`);
        continue;
      }
      const held = items.filter((item) => item.onTime).length;
      onTime += held;
      due += items.length;
      denominator.push(h.child.childId);
      if (options.reviewsForm === "child" ? held === items.length : held > 0) numerator.push(h.child.childId);
    }
    const byChild = options.reviewsForm === "child";
    return { numerator: byChild ? numerator.length : onTime, denominator: byChild ? denominator.length : due, members: { numerator, denominator, excluded } };
  }

  it("counts the items, children and exclusions the walk over each period's schedule finds", () => {
    fc.assert(
      fc.property(cohortArb("C", 8), asAtArb, periodArb, optionsArb, (children, asAt, period, options) => {
        const context = contextFor(cohortOf(recordsOf(children)), asAt, { period, options });
        const m = measured(reviewsOnTime.compute(context));
        const expected = byPeriods(context);
        expect({
          numerator: m.numerator,
          denominator: m.denominator,
          members: { numerator: m.members.numerator, denominator: m.members.denominator, excluded: m.members.excluded.map((e) => `${e.child}:${e.reason}`) },
        }).toEqual(expected);
      }),
      { seed: 31, numRuns: 300 },
    );
  });
});
