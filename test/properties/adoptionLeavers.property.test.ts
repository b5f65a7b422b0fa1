import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Day, addDays, dayFromIso, isoFromDay } from "../../src/dates/day.js";
import { adoptionA1Days } from "../../src/indicators/adoption/a1.js";
import { adoptionA10Days } from "../../src/indicators/adoption/a10.js";
import { adoptionA2Days } from "../../src/indicators/adoption/a2.js";
import { adoptedPercent } from "../../src/indicators/adoption/adoptedPercent.js";
import { adoptionA1WithinThreshold, adoptionA2WithinThreshold } from "../../src/indicators/adoption/thresholds.js";
import { careLeaversEet } from "../../src/indicators/care-leavers/eet.js";
import { careLeaversInTouch } from "../../src/indicators/care-leavers/inTouch.js";
import { careLeaversNeet } from "../../src/indicators/care-leavers/neet.js";
import { pathwayPlansCurrent } from "../../src/indicators/care-leavers/pathwayPlansCurrent.js";
import { careLeaversSuitableAccommodation } from "../../src/indicators/care-leavers/suitableAccommodation.js";
import { careLeaversUnsuitableAccommodation } from "../../src/indicators/care-leavers/unsuitableAccommodation.js";
import { missingChildren, missingEpisodes } from "../../src/indicators/missing/missingFromCare.js";
import type { IndicatorDefinition, Measurement } from "../../src/indicators/types.js";
import type { ScorecardOptionsInput } from "../../src/model/options.js";
import type { RecordLists, TableRecords } from "../../src/model/records.js";
import {
  type EpisodeSpec, ad1Record, chain, cohortOf, contextFor, episode, header, missingRecord, oc3Record, pathwayPlanRecord, uascRecord,
} from "../fixtures/builders.js";

/**
 * Laws over small generated cohorts (valid by construction): a percentage never counts more
 * children than its cohort; a child outside every cohort changes nothing; two cohorts of
 * different children add up (for days: total days and children averaged add).
 */
const R = "2019-01-31";
const BASE = dayFromIso("2014-01-01");
const iso = (offset: number) => isoFromDay(addDays(BASE, offset) as Day);

type Records = Partial<RecordLists>;
type ChildSpec = (id: string) => Records;

/** A child adopted (or leaving care) after a few foster placements, with or without a placement order and AD1 row. */
const adoptionChildArb: fc.Arbitrary<ChildSpec> = fc
  .record({
    entry: fc.integer({ min: 800, max: 1500 }),
    knownStart: fc.boolean(),
    fosterLengths: fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 2 }),
    orderAt: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    place: fc.constantFrom("A3", "A4", "A5", "A6", "U4"),
    rne: fc.constantFrom<EpisodeSpec["rne"]>("P", "T", "U"),
    adoptiveLength: fc.integer({ min: 0, max: 300 }),
    rec: fc.constantFrom("E11", "E12", "E4A"),
    ad1: fc.option(fc.record({ matchOffset: fc.integer({ min: -100, max: 400 }), fosterCare: fc.constantFrom<0 | 1>(0, 1) }), { nil: null }),
    uasc: fc.boolean(),
  })
  .map((s) => (id: string): Records => {
    const specs: EpisodeSpec[] = [];
    let day = s.entry;
    s.fosterLengths.forEach((length, i) => {
      specs.push({ start: iso(day), rne: i === 0 ? (s.knownStart ? "S" : "P") : "P", place: "U4", ls: s.orderAt !== null && s.orderAt <= i ? "E1" : "C2" });
      day += length;
    });
    const first = specs.length === 0;
    specs.push({
      start: iso(day), end: iso(day + s.adoptiveLength), rec: s.rec, place: s.place,
      rne: first ? (s.knownStart ? "S" : "P") : s.rne, ls: s.orderAt !== null ? "E1" : "C2",
    });
    return {
      episodes: chain(id, specs),
      ad1: s.ad1 ? [ad1Record(id, { matchDate: iso(s.entry + s.ad1.matchOffset), fosterCare: s.ad1.fosterCare })] : [],
      uasc: s.uasc ? [uascRecord(id)] : [],
    };
  });

/** A young person with an OC3 row, aged 17 to 22 at R, with one of the leaving-care histories. */
const careLeaverArb: fc.Arbitrary<ChildSpec> = fc
  .record({
    dob: fc.integer({ min: dayFromIso("1996-02-01") - BASE, max: dayFromIso("2002-01-31") - BASE }),
    dobFromOc3: fc.boolean(),
    inTouch: fc.constantFrom("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"),
    activity: fc.constantFrom("F1", "P2", "F3", "P4", "F5", "G4", "G5", "G6", "0"),
    accommodation: fc.constantFrom("B1", "U1", "Z2", "S2", "0"),
    history: fc.constantFrom("none", "left", "transferred", "short-breaks"),
  })
  .map((s) => (id: string): Records => {
    const dob = iso(s.dob);
    const episodes = {
      none: [],
      left: [episode(id, { start: "2012-01-01", end: "2016-01-01", rec: "E8" })],
      transferred: [episode(id, { start: "2012-01-01", end: "2016-01-01", rec: "E3" })],
      "short-breaks": [episode(id, { start: "2012-01-01", end: "2012-01-03", ls: "V3", rec: "E8" })],
    }[s.history];
    return {
      header: s.dobFromOc3 ? [] : [header(id, dob)],
      oc3: [oc3Record(id, { inTouch: s.inTouch, activity: s.activity, accommodation: s.accommodation, dateOfBirth: s.dobFromOc3 ? dob : null })],
      episodes,
    };
  });

/** A person in pathway_plans.csv. */
const pathwayArb: fc.Arbitrary<ChildSpec> = fc
  .record({
    dob: fc.integer({ min: dayFromIso("1997-01-01") - BASE, max: dayFromIso("2004-01-01") - BASE }),
    category: fc.constantFrom("eligible", "relevant", "former-relevant", "qualifying") as fc.Arbitrary<"eligible" | "relevant" | "former-relevant" | "qualifying">,
    caseClosed: fc.option(fc.integer({ min: 1700, max: 2000 }), { nil: null }),
    plans: fc.array(fc.integer({ min: 1500, max: 1900 }), { maxLength: 3 }),
  })
  .map((s) => (id: string): Records => ({
    header: [header(id, iso(s.dob))],
    pathway_plans: (s.plans.length === 0 ? [null] : s.plans).map((p) =>
      pathwayPlanRecord(id, { category: s.category, caseClosed: s.caseClosed === null ? null : iso(s.caseClosed), planDate: p === null ? null : iso(p) })),
  }));

/** A child with missing records, in care in the window or not. */
const missingArb: fc.Arbitrary<ChildSpec> = fc
  .record({
    inCare: fc.boolean(),
    records: fc.array(fc.record({ kind: fc.constantFrom<"M" | "A">("M", "A"), start: fc.integer({ min: 1400, max: 1900 }) }), { maxLength: 3 }),
  })
  .map((s) => (id: string): Records => ({
    episodes: [s.inCare ? episode(id, { start: "2017-01-01" }) : episode(id, { start: "2015-01-01", end: "2016-01-01", rec: "E4A" })],
    missing: s.records.map((r) => missingRecord(id, r.kind, iso(r.start))),
  }));

const childArb = fc.oneof({ arbitrary: adoptionChildArb, weight: 2 }, { arbitrary: careLeaverArb, weight: 2 }, pathwayArb, missingArb);
const childrenArb = fc.array(childArb, { maxLength: 6 });
const optionsArb: fc.Arbitrary<ScorecardOptionsInput> = fc.record({
  adoptionWindow: fc.constantFrom("period" as const, "3-years" as const),
  unknownPeriodStart: fc.constantFrom("earliest" as const, "exclude" as const),
  careLeaverAges: fc.constantFrom("19-21" as const, "17-21" as const, "17-18" as const),
  missingKinds: fc.constantFrom("M" as const, "M+A" as const),
  excludeUasc: fc.boolean(),
});

function records(specs: ChildSpec[], prefix: string): Records {
  const all: Records = {};
  specs.forEach((spec, i) => {
    for (const [table, rows] of Object.entries(spec(`${prefix}${i}`))) {
      const key = table as keyof TableRecords;
      (all[key] as unknown[] | undefined) = [...((all[key] as unknown[] | undefined) ?? []), ...(rows as unknown[])];
    }
  });
  return all;
}

function merge(a: Records, b: Records): Records {
  const all: Records = { ...a };
  for (const [table, rows] of Object.entries(b)) {
    const key = table as keyof TableRecords;
    (all[key] as unknown[]) = [...((all[key] as unknown[] | undefined) ?? []), ...(rows as unknown[])];
  }
  return all;
}

const PERCENTS: IndicatorDefinition[] = [
  adoptedPercent, adoptionA1WithinThreshold, adoptionA2WithinThreshold, careLeaversInTouch, careLeaversSuitableAccommodation,
  careLeaversUnsuitableAccommodation, careLeaversEet, careLeaversNeet, pathwayPlansCurrent,
];
const DAYS: IndicatorDefinition[] = [adoptionA1Days, adoptionA10Days, adoptionA2Days];
const COUNTS: IndicatorDefinition[] = [missingChildren, missingEpisodes];
const ALL = [...COUNTS, ...PERCENTS, ...DAYS];

function measure(definition: IndicatorDefinition, rec: Records, options: ScorecardOptionsInput): Extract<Measurement, { kind: "measured" }> {
  const m = definition.compute(contextFor(cohortOf(rec), R, { options }));
  if (m.kind !== "measured") throw new Error(`${definition.id}: ${m.note}`);
  return m;
}

describe("adoption, care-leaver and missing laws", () => {
  it("never counts more children than the cohort, and averages exactly the children it lists", () =>
    fc.assert(fc.property(childrenArb, optionsArb, (specs, options) => {
      const rec = records(specs, "c");
      for (const d of PERCENTS) {
        const m = measure(d, rec, options);
        expect(m.numerator).toBeLessThanOrEqual(m.denominator!);
      }
      for (const d of DAYS) {
        const m = measure(d, rec, options);
        expect(m.numerator).toBeGreaterThanOrEqual(0);
        expect(m.members.numerator.length).toBe(m.denominator);
      }
    })));

  it("changes nothing when a child outside every cohort is added", () =>
    fc.assert(fc.property(childrenArb, optionsArb, (specs, options) => {
      const rec = records(specs, "c");
      const outsider: Records = {
        header: [header("zz", "1980-01-01")],
        oc3: [oc3Record("zz")], // aged 39: no birthday in any band
        episodes: [episode("zz", { start: "2018-06-01" })], // in care, never adopted, never missing
        pathway_plans: [pathwayPlanRecord("zz", { category: "qualifying", planDate: "2018-12-01" })],
      };
      const withOutsider = merge(rec, outsider);
      for (const d of ALL) {
        const before = measure(d, rec, options);
        const after = measure(d, withOutsider, options);
        expect([after.numerator, after.denominator, after.members]).toEqual([before.numerator, before.denominator, before.members]);
      }
    })));

  it("adds numerators and denominators when two cohorts of different children merge", () =>
    fc.assert(fc.property(childrenArb, childrenArb, optionsArb, (left, right, options) => {
      const a = records(left, "a");
      const b = records(right, "b");
      for (const d of ALL) {
        const ma = measure(d, a, options);
        const mb = measure(d, b, options);
        const m = measure(d, merge(a, b), options);
        expect(m.numerator).toBe(ma.numerator + mb.numerator);
        expect(m.denominator).toBe(ma.denominator === null ? null : ma.denominator + mb.denominator!);
      }
    })));
});
