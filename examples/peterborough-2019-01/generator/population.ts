import { type Day, addYears } from "../../../src/dates/index.js";
import { type AgeBand, type Slot, assign, buildInCareChild, expandCells, inContinuousCareAtBoth, inStabilityCohort } from "./incare.js";
import { buildAdopted, buildLeaver, buildShortBreaks } from "./leavers.js";
import { D, type SynthChild, day, newChild } from "./model.js";
import type { Prng } from "./prng.js";

const between = (rng: Prng, low: Day, high: Day): Day => rng.int(low, Math.max(low, high)) as Day;

function byAge(slots: Slot[], rng: Prng, key: "start" | "dob", value: Slot["start"] | Slot["dob"], counts: Partial<Record<AgeBand, number>>, test: (s: Slot) => boolean): void {
  for (const [age, n] of Object.entries(counts)) assign(slots, rng, key, value as never, n, (s) => s.age === age && test(s));
}

const noMoveNeeded = (s: Slot) => !(s.category === "YOI" && s.ls !== "J1") && !(s.category === "PAR" && s.age !== "U1") && s.category !== "PFA" && s.category !== "SEC";
const foster = (s: Slot) => s.category === "IH" || s.category === "AG" || s.category === "REL";

/** The 380 children in care at R with every role of the design (see README). */
export function designInCare(rng: Prng): Slot[] {
  const slots = expandCells();
  if (slots.length !== 380) throw new Error(`cells hold ${slots.length} children, not 380`);
  // Who arrived when.
  assign(slots, rng, "start", "jan-late", 3, (s) => s.age === "16-17" && s.length === "L0" && s.ls === "V2" && s.category === "IND");
  byAge(slots, rng, "start", "jan-late", { U1: 6, "1-4": 3, "5-9": 3, "10-15": 6, "16-17": 2 }, (s) => s.length === "L0" && noMoveNeeded(s));
  byAge(slots, rng, "start", "jan-10", { "10-15": 1 }, (s) => s.length === "L0" && noMoveNeeded(s));
  byAge(slots, rng, "start", "dec-late", { U1: 2, "1-4": 1, "10-15": 2, "16-17": 1 }, (s) => s.length === "L0" && noMoveNeeded(s));
  byAge(slots, rng, "start", "december", { U1: 3, "1-4": 2, "5-9": 2, "10-15": 3, "16-17": 2 }, (s) => s.length === "L0" && noMoveNeeded(s));
  byAge(slots, rng, "start", "feb-1", { "1-4": 3, "5-9": 2, "10-15": 5, "16-17": 3 }, (s) => s.length === "L1" && s.category !== "YOI" && s.category !== "PFA");
  byAge(slots, rng, "start", "spring", { U1: 4, "1-4": 3, "5-9": 2, "10-15": 8, "16-17": 11 }, (s) => s.length === "L1");
  byAge(slots, rng, "start", "jan-18", { "1-4": 3, "5-9": 3, "10-15": 8, "16-17": 6 }, (s) => s.length === "L2" && s.category !== "PFA" && s.category !== "SEC" && s.category !== "YOI");
  byAge(slots, rng, "start", "july-2016", { "5-9": 1, "10-15": 2 }, (s) => s.length === "L2" && foster(s));
  byAge(slots, rng, "start", "early-2016", { "5-9": 1, "10-15": 2 }, (s) => s.length === "L2" && foster(s));
  // Dates of birth that decide school year, the 16th birthday and the 16¼ pathway-plan age.
  assign(slots, rng, "dob", "age-4-reception", 5, (s) => s.age === "1-4" && (s.length === "L2" || s.length === "L3"));
  const year11 = (s: Slot) => s.age === "16-17" && s.category !== "IND" && s.start !== "jan-late" && s.start !== "jan-10";
  assign(slots, rng, "dob", "sixteen-in-january", 2, (s) => year11(s) && ["L3", "L4", "L5"].includes(s.length) && s.category !== "YOI");
  assign(slots, rng, "dob", "y11-sep", 6, year11);
  assign(slots, rng, "dob", "y11-oct", 2, year11);
  assign(slots, rng, "dob", "y11-nov", 5, year11);
  assign(slots, rng, "dob", "y11-dec", 5, year11);
  // Long-term stability at R: 75 of 116; at R′ 78 of 115.
  const longCohort = (s: Slot) => inStabilityCohort(s) && s.start === undefined;
  const july = slots.filter((x) => x.start === "july-2016");
  const early = slots.filter((x) => x.start === "early-2016");
  july.forEach((s, i) => (s.stability = i === 0 ? "stable" : "unstable"));
  early.forEach((s, i) => (s.stability = i < 2 ? "stable" : "unstable"));
  for (const s of slots.filter((x) => x.dob === "sixteen-in-january")) s.stability = "stable";
  assign(slots, rng, "stability", "moves-in-january", 2, (s) => longCohort(s) && (s.category === "IH" || s.category === "AG"));
  assign(slots, rng, "stability", "unstable", 8, (s) => longCohort(s) && s.category === "RES");
  assign(slots, rng, "stability", "unstable", 28, (s) => longCohort(s) && foster(s));
  for (const s of slots) if (longCohort(s) && s.stability === undefined) s.stability = "stable";
  // Three or more placements: 22 at R, 25 at R′.
  assign(slots, rng, "moves", "three-at-R-only", 2, (s) => s.age === "16-17" && s.length === "L1" && s.ls === "C1" && s.category === "YOI");
  assign(slots, rng, "moves", "three-both", 4, (s) => longCohort(s) && s.stability === "unstable" && s.age === "10-15" && foster(s));
  assign(slots, rng, "moves", "three-at-previous-only", 2, (s) => longCohort(s) && s.stability === "unstable" && s.age === "10-15" && foster(s));
  const movable = (s: Slot) => ["IH", "AG", "RES", "REL"].includes(s.category);
  assign(slots, rng, "moves", "three-both", 8, (s) => s.length === "L1" && movable(s));
  assign(slots, rng, "moves", "three-both", 4, (s) => s.length === "L0" && movable(s) && s.start === undefined);
  assign(slots, rng, "moves", "three-both", 4, (s) => s.age === "16-17" && s.length === "L2" && movable(s) && s.dob === undefined);
  assign(slots, rng, "moves", "three-at-previous-only", 3, (s) => s.start === "jan-18" && movable(s));
  // Visits: 325 of 357 at R, 323 of 354 at R′.
  const visitable = (s: Slot) => s.start !== "jan-late" && s.start !== "jan-10" && s.start !== "dec-late" && s.start !== "december";
  assign(slots, rng, "visits", "late-at-R", 7, (s) => visitable(s) && (s.category === "RES" || s.category === "IND") && s.moves === undefined);
  assign(slots, rng, "visits", "late-both", 25, visitable);
  assign(slots, rng, "visits", "late-at-previous", 6, visitable);
  // Health and dental for the 220 children in C12 at R and R′ (the first 33 of C12(R) come later).
  const longStay = (s: Slot) => ["L3", "L4", "L5", "L6"].includes(s.length);
  assign(slots, rng, "health", "at-R-only", 6, longStay);
  assign(slots, rng, "health", "at-previous-only", 3, (s) => longStay(s) && s.age !== "1-4");
  assign(slots, rng, "health", "neither", 30, longStay);
  for (const s of slots) if (s.health === undefined && inContinuousCareAtBoth(s)) s.health = "both";
  assign(slots, rng, "dental", "at-R-only", 4, longStay);
  assign(slots, rng, "dental", "at-previous-only", 3, longStay);
  assign(slots, rng, "dental", "neither", 38, longStay);
  assign(slots, rng, "dental", "neither", 3, (s) => s.start === "feb-1" || s.start === "jan-18");
  for (const s of slots) if (s.dental === undefined && (inContinuousCareAtBoth(s) || s.start === "feb-1" || s.start === "jan-18")) s.dental = "both";
  // Unaccompanied asylum-seeking children (included by default).
  for (const s of slots.filter((x) => x.start === "jan-late" && x.category === "IND")) s.uasc = true;
  assign(slots, rng, "uasc", true, 5, (s) => s.age === "16-17" && s.ls === "V2" && s.category === "IND" && s.dob === undefined);
  assign(slots, rng, "uasc", true, 2, (s) => s.age === "10-15" && s.length === "L0" && s.ls === "V2" && s.category === "AG");
  assign(slots, rng, "temporaryStay", true, 3, (s) => longStay(s) && s.stability === "stable" && s.ls === "C2" && (s.category === "IH" || s.category === "AG"));
  return slots;
}

export interface Population {
  slots: Slot[];
  children: SynthChild[];
  /** Special children the other builders refer to. */
  careLeaverCohort: SynthChild[];
  careLeaverExcluded: SynthChild[];
  formerRelevant: SynthChild[];
  relevant: SynthChild[];
  jan2019Leavers: SynthChild[];
}

/** 18 adopted in the 12 months to R (x last), and y (January 2018): A1/A2 days as in the README. */
const ADOPTIONS: [number, number][] = [
  [280, 70], [300, 82], [310, 90], [325, 98], [335, 105], [345, 112], [355, 118], [340, 160],
  [560, 390], [600, 425], [650, 470], [700, 525], [740, 560], [780, 605], [820, 642], [900, 720], [1003, 823],
];

function spreadDates(rng: Prng, from: Day, to: Day, n: number): Day[] {
  const step = (to - from) / n;
  return Array.from({ length: n }, (_, i) => between(rng, (from + Math.floor(i * step)) as Day, (from + Math.floor((i + 1) * step) - 1) as Day));
}

export function buildPopulation(rng: Prng): Population {
  const slots = designInCare(rng);
  const inCare = slots.map((s) => buildInCareChild(s, rng));

  // Adoptions: 3 in Feb–Mar 2018, 14 in Apr–Dec 2018 (by A2, so long waits are adopted late), x in January 2019, y in January 2018.
  const adopted: SynthChild[] = [];
  const sorted = [...ADOPTIONS].sort((a, b) => a[1] - b[1]);
  const dates = [...spreadDates(rng, D("2018-02-05"), D("2018-03-28"), 3), ...spreadDates(rng, D("2018-04-05"), D("2018-12-20"), 14)];
  sorted.forEach(([a1, a2], i) => {
    adopted.push(buildAdopted({ a1, a2, adopted: dates[i]!, fosterCarer: a1 === 345, archetype: `adopted ${i < 3 ? "Feb-Mar" : "Apr-Dec"} 2018: A1 ${a1}, A2 ${a2}` }, rng));
  });
  const x = buildAdopted({ a1: 840, a2: 300, adopted: D("2019-01-21"), maxPlacedDays: 77, archetype: "adopted January 2019 (x): A1 840, A2 300" }, rng);
  const y = buildAdopted({ a1: 428, a2: 300, adopted: D("2018-01-16"), archetype: "adopted January 2018 (y): A1 428, A2 300" }, rng);

  // Leavers who turned 18 in the 12 months (8 in Feb–Mar 2018, 32 in Apr–Dec 2018).
  const eighteen: SynthChild[] = [];
  const birthdays = [...spreadDates(rng, D("2000-02-01"), D("2000-03-29"), 8), ...spreadDates(rng, D("2000-04-01"), D("2000-12-28"), 32)];
  for (const dob of birthdays) {
    const end = addYears(dob, 18);
    const start = between(rng, D("2009-01-01"), D("2017-10-31"));
    eighteen.push(buildLeaver({ dob, start: Math.max(start, addYears(dob, 7)) as Day, end, rec: rng.pick(["E8", "E8", "E8", "E17", "E5"]), moves: rng.int(0, 2), archetype: "left care at 18 in the 12 months" }, rng));
  }
  // Other children leaving care Feb 2018 – Dec 2018 who started before 2018.
  const others: SynthChild[] = [];
  const otherLeaver = (end: Day, rec: string, archetype: string, ages: [number, number] = [1, 16]) => {
    const age = rng.int(ages[0], ages[1]);
    const dob = day(addYears(end, -age - 1), rng.int(1, 360));
    const start = between(rng, Math.max(dob, D("2013-01-01")) as Day, Math.min(day(end, -60), D("2017-11-30")) as Day);
    others.push(buildLeaver({ dob, start, end, rec, moves: rng.int(0, 2), archetype }, rng));
  };
  for (const rec of ["E4A", "E4A", "E4A", "E4A", "E43", "E44", "E41", "E8"]) otherLeaver(between(rng, D("2018-02-01"), D("2018-03-31")), rec, "left care Feb-Mar 2018");
  const aprDec = [...Array<string>(24).fill("E4A"), "E4B", "E4B", "E45", "E45", "E45", "E45", "E46", "E46", "E46", "E46", "E41", "E41", "E41", "E41", "E13", "E13", "E13", "E13", "E13", "E13", "E8", "E8", "E8", "E8", "E8", "E8", "E8", "E3", "E3"];
  aprDec.forEach((rec, i) => otherLeaver(between(rng, D("2018-04-01"), D("2018-12-31")), rec, i < 8 ? "returned home at 16 in 2018" : "left care Apr-Dec 2018", i < 8 ? [16, 16] : [1, 16]));
  const relevant = others.slice(8, 16);

  // Short stays: started and left in the 12 months (4 in Feb–Mar, 35 Apr–Dec, 3 in January 2019).
  const shortStays: SynthChild[] = [];
  const ssReasons = [...Array<string>(20).fill("E4A"), "E13", "E13", "E13", "E13", "E13", "E41", "E41", "E41", "E4B", "E4B", "E8", "E8", "E8", "E8", "E16", "E45", "E45", "E15", "E14"];
  ssReasons.forEach((rec, i) => {
    let start: Day;
    let end: Day;
    if (i < 4) {
      start = between(rng, D("2018-02-01"), D("2018-02-28"));
      end = between(rng, day(start, i === 0 ? 5 : 30), i === 0 ? day(start, 20) : D("2018-03-31"));
    } else if (i < 9) {
      // Left within 4 weeks: outside the IHA cohort.
      start = between(rng, D("2018-04-02"), D("2018-11-20"));
      end = day(start, rng.int(3, 27));
    } else {
      start = i < 12 ? between(rng, D("2018-02-01"), D("2018-03-31")) : between(rng, D("2018-04-01"), D("2018-10-31"));
      end = between(rng, Math.max(day(start, 35), D("2018-04-01")) as Day, Math.min(day(start, 250), D("2018-12-31")) as Day);
    }
    const age = rec === "E15" ? 17 : rec === "E14" ? 16 : rng.int(0, 16);
    const dob = day(addYears(start, -age - 1), rng.int(1, 360));
    shortStays.push(buildLeaver({
      dob, start, end, rec, moves: end - start > 90 ? rng.int(0, 1) : 0, archetype: "started and left in the 12 months",
      uasc: rec === "E15", ls: rec === "E14" ? "J1" : undefined, last: rec === "E14" ? "YOI" : undefined,
    }, rng));
  });
  const janLeavers = [
    buildLeaver({ dob: D("2001-01-05"), start: D("2018-03-12"), end: D("2019-01-05"), rec: "E17", moves: 1, last: "IND", archetype: "started 2018, left at 18 in January 2019" }, rng),
    buildLeaver({ dob: D("2001-01-20"), start: D("2018-05-21"), end: D("2019-01-20"), rec: "E8", moves: 0, last: "IND", archetype: "started 2018, left at 18 in January 2019" }, rng),
    buildLeaver({ dob: D("2007-06-14"), start: D("2018-09-10"), end: D("2019-01-18"), rec: "E4A", moves: 0, archetype: "started 2018, returned home January 2019" }, rng),
  ];

  // January 2018 leavers: y and five young people who turned 18 (the 19-year-olds of January 2019).
  const jan2018Eighteen = spreadDates(rng, D("2000-01-03"), D("2000-01-29"), 5).map((dob) =>
    buildLeaver({ dob, start: between(rng, D("2011-01-01"), D("2016-12-31")), end: addYears(dob, 18), rec: rng.pick(["E8", "E17", "E5"]), moves: rng.int(0, 1), archetype: "left care at 18 in January 2018" }, rng));

  // Earlier leavers (2016-17, 2017-18): the 20- and 19-year-old care leavers, and others.
  const twenty = spreadDates(rng, D("1998-04-01"), D("1999-01-31"), 31).map((dob) =>
    buildLeaver({ dob, start: between(rng, D("2009-01-01"), D("2015-12-31")), end: addYears(dob, 18), rec: rng.pick(["E8", "E8", "E17", "E5"]), moves: rng.int(0, 2), archetype: "care leaver, 20th birthday in 2018-19" }, rng));
  const nineteen = spreadDates(rng, D("1999-04-01"), D("1999-12-31"), 28).map((dob) =>
    buildLeaver({ dob, start: between(rng, D("2010-01-01"), D("2016-10-31")), end: addYears(dob, 18), rec: rng.pick(["E8", "E8", "E17", "E5"]), moves: rng.int(0, 2), archetype: "care leaver, 19th birthday in 2018-19" }, rng));
  const historic: SynthChild[] = [];
  for (let i = 0; i < 40; i += 1) {
    const end = between(rng, D("2016-04-15"), D("2017-12-15"));
    const age = rng.int(0, 15);
    const dob = day(addYears(end, -age - 1), rng.int(1, 360));
    historic.push(buildLeaver({ dob, start: between(rng, Math.max(dob, D("2014-01-01")) as Day, day(end, -20)), end, rec: rng.pick(["E4A", "E4A", "E4A", "E13", "E41", "E44", "E8"]), moves: rng.int(0, 1), archetype: "left care 2016-17 or 2017-18" }, rng));
  }
  for (const adoptedOn of spreadDates(rng, D("2017-03-01"), D("2017-11-30"), 6)) {
    historic.push(buildAdopted({ a1: rng.int(380, 650), a2: rng.int(60, 200), adopted: adoptedOn, archetype: "adopted 2016-17 or 2017-18" }, rng));
  }
  // 21-year-olds: left care before the data begins; known only from OC3 (and pathway plans).
  const twentyOne = spreadDates(rng, D("1997-04-01"), D("1998-01-31"), 27).map((dob) => newChild("", dob, "care leaver, 21st birthday in 2018-19 (OC3 only)"));

  // Short breaks: excluded from every headline figure.
  const shortBreaks = [
    buildShortBreaks(D("2006-05-17"), "V4", D("2017-05-01"), true, rng, "short breaks (V4 agreement)"),
    buildShortBreaks(D("2009-11-02"), "V4", D("2016-06-13"), true, rng, "short breaks (V4 agreement)"),
    buildShortBreaks(D("2004-08-23"), "V3", D("2018-03-02"), true, rng, "short breaks (V3 stays, one over R)"),
    buildShortBreaks(D("2011-02-11"), "V3", D("2018-06-04"), false, rng, "short breaks (V3 stays)"),
  ];

  const careLeaverCohort = [...nineteen.slice(0, 27), ...jan2018Eighteen, ...twenty.slice(0, 30), ...twentyOne];
  const careLeaverExcluded = [nineteen[27]!, twenty[30]!];
  const formerRelevant = [...eighteen, ...janLeavers.slice(0, 2), ...careLeaverCohort];
  const children = [...inCare, ...adopted, x, y, ...eighteen, ...others, ...shortStays, ...janLeavers, ...jan2018Eighteen, ...twenty, ...nineteen, ...historic, ...twentyOne, ...shortBreaks];
  return { slots, children, careLeaverCohort, careLeaverExcluded, formerRelevant, relevant, jan2019Leavers: [x, ...janLeavers] };
}

