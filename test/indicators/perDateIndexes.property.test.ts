import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectionYearEndOf } from "../../src/dates/collectionYear.js";
import { type Day, addDays, addMonths, addYears, ageAt, dayFromIso, isoFromDay } from "../../src/dates/day.js";
import { lookbackStart } from "../../src/dates/periods.js";
import { isShortBreak, overlaps } from "../../src/history/episodeOrder.js";
import { type ChildHistory, careSpanOverlaps, currentEpisode, hasShortBreakOverlapping, isOnShortBreak } from "../../src/history/historyIndex.js";
import { ENDS_CARE, STARTS_CARE } from "../../src/history/episodeColumns.js";
import { careTwelveMonthsCohort, careTwelveMonthsDecision } from "../../src/indicators/cohorts.js";
import { CohortMembers, isExcludedAsUasc, uascExclusion } from "../../src/indicators/common.js";
import { assessmentDays } from "../../src/indicators/health/healthSources.js";
import type { IndicatorContext } from "../../src/indicators/types.js";
import { childrenInCare } from "../../src/indicators/care-population/childrenInCare.js";
import { careLeaversInTouch } from "../../src/indicators/care-leavers/inTouch.js";
import { SCHOOL_AGES, isOfSchoolAge, schoolAgeDay } from "../../src/indicators/education/schoolAge.js";
import { IHA_MONTHS_BEFORE_ENTRY, IHA_WORKING_DAYS, ihaOnTime } from "../../src/indicators/health/ihaOnTime.js";
import { placementsThreePlus } from "../../src/indicators/stability/placementsThreePlus.js";
import { missingChildren, missingEpisodes } from "../../src/indicators/missing/missingFromCare.js";
import type { Measurement } from "../../src/indicators/types.js";
import type { ChildRecord } from "../../src/model/cohort.js";
import type { RecordLists } from "../../src/model/records.js";
import { chain, cohortOf, cohortOfYears, contextFor, header, healthAssessmentRecord, oc3Record, uascRecord } from "../fixtures/builders.js";
import { asAtArb, cohortShapes, recordsOf } from "../properties/arbitraries.js";

/**
 * The per-date shortcuts (spell rows kept as columns, care leavers found by a birthday index,
 * ages compared as birthdays) held to the plain forms they replaced.
 */
const periodArb = fc.constantFrom("year", "quarter", "month", "fytd" as const);

function measured(m: Measurement) {
  if (m.kind !== "measured") throw new Error(m.note);
  return m;
}

/** The former count: spells overlapping [from, to] by a walk over every spell's episode objects. */
function spellsInLookback(history: ChildHistory, from: number, to: number, countShortBreaks: boolean): number {
  let count = 0;
  for (const spells of history.spells) {
    for (const spell of spells) {
      if (spell.episodes.some((e) => (countShortBreaks || !isShortBreak(e)) && overlaps(e, from, to))) count += 1;
    }
  }
  return count;
}

describe("placements-3plus over spell rows", () => {
  it("counts the children the walk over spell objects counts", () => {
    const options = fc.record({
      placementCounting: fc.constantFrom("carer", "episode", "raw" as const),
      collapseUnchangedMoves: fc.boolean(),
      shortBreakPlacements: fc.constantFrom("ignore", "count" as const),
      staleOpenEpisodes: fc.constantFrom("truncate", "keep", "close" as const),
    });
    fc.assert(
      fc.property(cohortShapes(), asAtArb, options, (shapes, asAt, opts) => {
        const context = contextFor(cohortOf(recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })))), asAt, { options: opts });
        const from = lookbackStart(context.asAt, 12);
        const expected = Array.from(childrenInCare(context).positions, (p) => context.history.children[p]!)
          .filter((h) => spellsInLookback(h, from, context.asAt, opts.shortBreakPlacements === "count") >= 3)
          .map((h) => h.child.childId);
        expect(measured(placementsThreePlus.compute(context)).members.numerator).toEqual(expected);
      }),
      { seed: 1304, numRuns: 300 },
    );
  });
});

const AGES = { "19-21": [19, 20, 21], "17-21": [17, 18, 19, 20, 21], "17-18": [17, 18], "18-21": [18, 19, 20, 21] } as const;

/** The former test, at every as-at date: a birthday in the band, in [start, end] and in the row's collection year. */
function hasQualifyingRow(child: ChildRecord, start: Day, end: Day, ages: keyof typeof AGES): { qualifies: boolean; dobUnknown: boolean } {
  let qualifies = false;
  let dobUnknown = false;
  for (const row of child.oc3) {
    const dob = child.hasHeader ? child.dateOfBirth : (row.dateOfBirth ?? child.dateOfBirth);
    if (dob === null) {
      dobUnknown = true;
      continue;
    }
    const birthdays = AGES[ages].map((age) => addYears(dob, age));
    if (birthdays.some((b) => b >= start && b <= end && (row.endYear === null || collectionYearEndOf(b) === row.endYear))) qualifies = true;
  }
  return { qualifies, dobUnknown };
}

/** A young person: a DOB in the header, on the OC3 rows only, or nowhere; an OC3 row in some of three years. */
const leaverArb = fc.record({
  dob: fc.integer({ min: 0, max: 2200 }),
  where: fc.constantFrom("header", "oc3", "none"),
  years: fc.subarray([2017, 2018, 2019], { minLength: 1 }),
});

describe("the care-leaver cohort found by its birthday index", () => {
  it("holds exactly the young people with a qualifying OC3 row, and those whose DOB is unknown", () => {
    const args = fc.tuple(fc.array(leaverArb, { maxLength: 10 }), fc.constantFrom("2017-03-31", "2017-11-30", "2018-03-31", "2018-08-15", "2019-03-31"), periodArb, fc.constantFrom(...(Object.keys(AGES) as (keyof typeof AGES)[])));
    fc.assert(
      fc.property(args, ([people, asAt, period, ages]) => {
        const years = [2017, 2018, 2019].map((endYear) => {
          const records: Partial<RecordLists> = { header: [], oc3: [], episodes: [] };
          people.forEach((p, i) => {
            const id = `Y${i}`;
            const dob = isoFromDay(addDays(dayFromIso("1996-01-01"), p.dob));
            if (p.where === "header") records.header!.push(header(id, dob));
            if (p.years.includes(endYear)) records.oc3!.push(oc3Record(id, { dateOfBirth: p.where === "oc3" ? dob : null }));
          });
          return { endYear, records };
        });
        const context = contextFor(cohortOfYears(years), asAt, { period, options: { careLeaverAges: ages } });
        const m = measured(careLeaversInTouch.compute(context));
        const listed = new Set([...m.members.denominator, ...m.members.excluded.map((e) => e.child)]);
        const dobUnknown = new Set(m.members.excluded.filter((e) => e.reason === "date-of-birth-unknown").map((e) => e.child));
        for (const child of context.cohort.children) {
          const former = hasQualifyingRow(child, context.period.start, context.period.end, ages);
          expect(listed.has(child.childId)).toBe(former.qualifies || former.dobUnknown);
          expect(dobUnknown.has(child.childId)).toBe(!former.qualifies && former.dobUnknown);
        }
      }),
      { seed: 1305, numRuns: 300 },
    );
  });
});

describe("ages as comparisons with birthdays (birthdaysAt)", () => {
  it("aged at least n on D exactly when the nth birthday is on or before D, 29 February included", () => {
    const day = fc.integer({ min: dayFromIso("1990-01-01"), max: dayFromIso("2030-12-31") }).map((d) => d as Day);
    const leapDay = fc.constantFrom("1996-02-29", "2000-02-29", "2004-02-29", "2012-02-29").map(dayFromIso);
    fc.assert(
      fc.property(fc.oneof(day, leapDay), day, fc.integer({ min: 0, max: 25 }), (dob, on, n) => ageAt(dob, on) >= n === addYears(dob, n) <= on),
      { seed: 1306, numRuns: 2000 },
    );
  });

  it("school age (pep-current) is the 4th birthday reached and the 16th (or 18th) not yet, on the day it is judged", () => {
    const day = fc.integer({ min: dayFromIso("1995-01-01"), max: dayFromIso("2025-12-31") }).map((d) => d as Day);
    fc.assert(
      fc.property(day, day, fc.constantFrom("reception-to-11", "reception-to-13" as const), (dob, asAt, groups) => {
        const judgedOn = schoolAgeDay(asAt);
        const byBirthdays = addYears(dob, SCHOOL_AGES.from) <= judgedOn && addYears(dob, SCHOOL_AGES.before[groups]) > judgedOn;
        return byBirthdays === isOfSchoolAge(dob, asAt, groups);
      }),
      { seed: 1307, numRuns: 2000 },
    );
  });
});

/** The former IHA cohort: each child starting in the window, its periods walked as objects (`ihaEntry`). */
function formerIhaOnTime(context: IndicatorContext): Measurement {
  const members = new CohortMembers(context.history.ids);
  const { asAt, period: window } = context;
  const minDays = context.options.ihaMinDaysInCare;
  const initial = assessmentDays(context, ["initial"]);
  for (const position of Array.from(context.history.startingIn(window.start, window.end))) {
    const history = context.history.children[position]!;
    let reason: string | null = null;
    let entry: { start: Day; due: Day } | null = null;
    if (careSpanOverlaps(history, window.start, window.end)) {
      for (const period of history.periods) {
        const first = period.episodes[0]!;
        if (first.reasonForNewEpisode !== "S" || first.start < window.start || first.start > window.end) continue;
        if (isShortBreak(first)) {
          reason ??= "short-break";
          continue;
        }
        const due = context.calendar.addWorkingDays(first.start as Day, IHA_WORKING_DAYS);
        const end = period.end !== null && period.end <= asAt ? period.end : null;
        const day = addDays(first.start as Day, minDays);
        const covers = period.start <= day && (end === null || day < end || (period.episodes.at(-1)!.truncated && day === end));
        if (due > asAt) reason = "not-yet-due";
        else if (!covers) reason = `left-care-within-${minDays}-days`;
        else {
          entry = { start: first.start as Day, due };
          break;
        }
      }
    }
    if (entry === null) {
      if (reason !== null) members.exclude(position, reason);
    } else if (isExcludedAsUasc(context, history.child)) members.exclude(position, "uasc");
    else members.include(position, initial.anyBetween(position, addMonths(entry.start, -IHA_MONTHS_BEFORE_ENTRY), entry.due));
  }
  return members.percent();
}

describe("iha-on-time over the starts of care kept as columns", () => {
  it("measures what the walk over each starting child's periods measured", () => {
    const options = fc.record({
      ihaMinDaysInCare: fc.constantFrom(0, 28, 90),
      excludeUasc: fc.boolean(),
      staleOpenEpisodes: fc.constantFrom("truncate", "keep", "close" as const),
    });
    fc.assert(
      fc.property(cohortShapes(), asAtArb, periodArb, options, fc.array(fc.integer({ min: -200, max: 3000 }), { maxLength: 12 }), (shapes, asAt, period, opts, assessed) => {
        const records = recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })));
        // Initial assessments on days near the children's starts of care.
        records.health_assessments = assessed.map((offset, i) => healthAssessmentRecord(`C${i % Math.max(shapes.length, 1)}`, "initial", isoFromDay(addDays(dayFromIso("2014-01-01"), offset))));
        const context = contextFor(cohortOf(records), asAt, { period, options: opts });
        expect(JSON.stringify(ihaOnTime.compute(context))).toBe(JSON.stringify(formerIhaOnTime(context)));
      }),
      { seed: 1308, numRuns: 400 },
    );
  });
});

describe("UASC at R by cohort position (uascExclusion)", () => {
  it("answers as isExcludedAsUasc does, with and without the option", () => {
    const child = fc.record({ uasc: fc.boolean(), ceased: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 8 }), fc.constantFrom("2016-03-31", "2017-01-31", "2018-03-31"), fc.boolean(), (children, asAt, excludeUasc) => {
        const day = (offset: number) => isoFromDay(addDays(dayFromIso("2015-01-01"), offset));
        const records: Partial<RecordLists> = {
          episodes: children.flatMap((_, i) => chain(`U${i}`, [{ start: "2015-01-01" }])),
          uasc: children.flatMap((c, i) => (c.uasc ? [uascRecord(`U${i}`, c.ceased === null ? null : day(c.ceased))] : [])),
        };
        const context = contextFor(cohortOf(records), asAt, { options: { excludeUasc } });
        const isUasc = uascExclusion(context);
        return context.history.children.every((h) => isUasc(h.position) === isExcludedAsUasc(context, h.child));
      }),
      { seed: 1309, numRuns: 300 },
    );
  });
});

/** The former C12(R) decision, over the history's objects (indicators.md §1.9). */
function formerC12(h: ChildHistory, asAt: Day): string | null | true {
  const c0 = lookbackStart(asAt, 12);
  const current = currentEpisode(h, asAt);
  if (current === null) return isOnShortBreak(h, asAt) ? "short-break" : null;
  if (hasShortBreakOverlapping(h, c0, asAt)) return "short-break";
  if (current.period.start > c0) return "in-care-under-12-months";
  for (let row = h.first; row < h.first + h.episodes.length; row += 1) {
    const { columns } = h;
    if ((columns.is(row, STARTS_CARE) && columns.start[row]! > c0 && columns.start[row]! <= asAt) || (columns.is(row, ENDS_CARE) && columns.end[row]! >= c0 && columns.end[row]! <= asAt)) {
      return "in-care-under-12-months";
    }
  }
  return true;
}

describe("C12(R) from the typed snapshot", () => {
  it("decides each child as the walk over its history objects did, and the cohort holds exactly those in it", () => {
    const options = fc.record({ staleOpenEpisodes: fc.constantFrom("truncate", "keep", "close" as const), excludeUasc: fc.boolean() });
    fc.assert(
      fc.property(cohortShapes(), asAtArb, options, (shapes, asAt, opts) => {
        const context = contextFor(cohortOf(recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })))), asAt, { options: opts });
        const cohort = careTwelveMonthsCohort(context);
        const inCohort = new Set(Array.from(cohort.positions));
        for (const h of context.history.children) {
          const former = formerC12(h, context.asAt);
          const decision = careTwelveMonthsDecision(h, context.asAt);
          expect(decision.inCohort ? true : decision.reason).toBe(former);
          if (former !== true) expect(inCohort.has(h.position)).toBe(false);
          else expect(inCohort.has(h.position)).toBe(!isExcludedAsUasc(context, h.child));
        }
      }),
      { seed: 1311, numRuns: 300 },
    );
  });
});

describe("missing from care over the records kept as columns", () => {
  /** The former walk: each child with missing records, its records and episode objects. */
  function byWalk(context: IndicatorContext) {
    const { start, end } = context.period;
    const kinds = context.options.missingKinds === "M+A" ? ["M", "A"] : ["M"];
    const counted: string[] = [];
    const excluded: string[] = [];
    let records = 0;
    for (const h of context.history.children) {
      const n = h.child.missing.filter((m) => kinds.includes(m.kind) && m.start >= start && m.start <= end).length;
      if (n === 0) continue;
      const inCare = h.episodes.some((e, i) => !h.isShortBreak(i) && overlaps(e, start, end));
      if (context.options.missingScope === "in-care" && !inCare) excluded.push(`${h.child.childId}:not-in-care-in-window`);
      else if (isExcludedAsUasc(context, h.child)) excluded.push(`${h.child.childId}:uasc`);
      else {
        counted.push(h.child.childId);
        records += n;
      }
    }
    return { children: counted, excluded, records };
  }

  it("counts the children, records and exclusions the walk over each child's records counts", () => {
    const missingArb = fc.array(fc.record({ child: fc.nat(11), kind: fc.constantFrom("M", "A" as const), offset: fc.integer({ min: 0, max: 1900 }) }), { maxLength: 30 });
    const options = fc.record({
      missingKinds: fc.constantFrom("M", "M+A" as const),
      missingScope: fc.constantFrom("in-care", "all" as const),
      excludeUasc: fc.boolean(),
      staleOpenEpisodes: fc.constantFrom("truncate", "keep", "close" as const),
    });
    fc.assert(
      fc.property(cohortShapes(), missingArb, asAtArb, periodArb, options, (shapes, missing, asAt, period, opts) => {
        const records = recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })));
        missing.forEach(({ child, kind, offset }, k) => {
          records.missing.push({ childId: `C${child}`, file: "missing.csv", line: k + 2, readOrder: 10_000 + k, dateOfBirth: null, kind, start: addDays(dayFromIso("2015-01-01"), offset), end: null });
        });
        const context = contextFor(cohortOf(records), asAt, { period, options: opts });
        const expected = byWalk(context);
        const children = measured(missingChildren.compute(context));
        const episodes = measured(missingEpisodes.compute(context));
        expect({
          children: children.members.numerator,
          excluded: children.members.excluded.map((e) => `${e.child}:${e.reason}`),
          records: episodes.numerator,
        }).toEqual(expected);
        expect(children.numerator).toBe(expected.children.length);
      }),
      { seed: 61, numRuns: 300 },
    );
  });
});
