import { type Day, addMonths, addWorkingDays, addYears, ageAt, lookbackStart } from "../../../src/dates/index.js";
import type { Slot } from "./incare.js";
import { AS_AT, D, DATA_START, FY_START, PREVIOUS_AS_AT, type SynthChild, day, newChild } from "./model.js";
import type { Population } from "./population.js";
import { Prng } from "./prng.js";

const between = (rng: Prng, low: Day, high: Day): Day => rng.int(low, Math.max(low, high)) as Day;

/** The child's (single) period of care: start and end (null = open). */
export function periodOf(c: SynthChild): { start: Day; end: Day | null } | null {
  const first = c.episodes[0];
  if (!first || c.episodes.some((e) => e.ls === "V3" || e.ls === "V4")) return null;
  return { start: first.start, end: c.episodes[c.episodes.length - 1]!.end };
}

const inCareOn = (c: SynthChild, d: Day) => {
  const p = periodOf(c);
  return p !== null && p.start <= d && (p.end === null || p.end > d);
};

/** Percentages presented half-up to one decimal, in integers (indicators.md §1.10). */
export function tenths(n: number, d: number): number {
  return Math.floor((2000 * n + d) / (2 * d));
}

function validNumerators(target: number, d: number): number[] {
  const out: number[] = [];
  for (let n = 0; n <= d; n += 1) if (tenths(n, d) === target) out.push(n);
  return out;
}

// ---------------------------------------------------------------- reviews

interface ReviewItem {
  due: Day;
  held: Day | null;
}

/** The reg 33 schedule of one period (indicators.md §3.3) with reviews held on or before each due date, except `late` items. */
function scheduleReviews(start: Day, end: Day | null, late: ReadonlySet<number>, rng: Prng): { reviews: Day[]; items: ReviewItem[] } {
  const limit = end === null || end > AS_AT ? AS_AT : end;
  const reviews: Day[] = [];
  const items: ReviewItem[] = [];
  let due = addWorkingDays(start, 20);
  for (let k = 0; due <= limit; k += 1) {
    // Reviews are often brought forward: up to 10 days before the first due date, 30 before the
    // second and 100 before later ones, never within 60 days of the previous review.
    const earliest = reviews.length === 0 ? start : day(reviews[reviews.length - 1]!, 60);
    const held = late.has(k) ? day(due, 6) : (Math.max(earliest, day(due, -rng.int(0, k === 0 ? 10 : k === 1 ? 30 : 100))) as Day);
    if (held > limit) {
      items.push({ due, held: null });
      break;
    }
    reviews.push(held);
    items.push({ due, held });
    due = addMonths(held, k === 0 ? 3 : 6);
  }
  return { reviews, items };
}

/**
 * Reviews for every period, on time except the `lateItems` chosen so that the financial year to
 * date rounds to 99.8% at R and at R′. Returns the counts for the README.
 */
function addReviews(children: SynthChild[], rng: Prng): string {
  const periods = children.map((c) => ({ c, p: periodOf(c) })).filter((x): x is { c: SynthChild; p: { start: Day; end: Day | null } } => x.p !== null);
  const seeds = periods.map(() => rng.int(1, 2 ** 31));
  const run = (lateByChild: Map<SynthChild, Set<number>>) => {
    let dueR = 0, lateR = 0, dueP = 0, lateP = 0;
    const all: { c: SynthChild; k: number; due: Day }[] = [];
    periods.forEach(({ c, p }, i) => {
      const { reviews, items } = scheduleReviews(p.start, p.end, lateByChild.get(c) ?? new Set(), new Prng(seeds[i]!));
      c.reviews = reviews.filter((r) => r >= DATA_START);
      items.forEach((item, k) => {
        const onTime = item.held !== null && item.held <= item.due;
        if (item.due >= FY_START && item.due <= AS_AT) {
          dueR += 1;
          if (!onTime) lateR += 1;
          all.push({ c, k, due: item.due });
        }
        if (item.due >= FY_START && item.due <= PREVIOUS_AS_AT) {
          dueP += 1;
          if (!onTime) lateP += 1;
        }
      });
    });
    return { dueR, lateR, dueP, lateP, all };
  };
  const first = run(new Map());
  const lateCount = [1, 2, 3].find((l) => tenths(first.dueR - l, first.dueR) === 998 && tenths(first.dueP - l, first.dueP) === 998);
  if (lateCount === undefined) throw new Error(`reviews: no late count gives 99.8% for ${first.dueR} and ${first.dueP} items`);
  const candidates = first.all.filter((x) => x.due >= D("2018-05-01") && x.due <= D("2018-08-31") && inCareOn(x.c, AS_AT));
  const late = new Map<SynthChild, Set<number>>();
  for (const { c, k } of rng.shuffle(candidates).slice(0, lateCount)) late.set(c, new Set([k]));
  const result = run(late);
  if (tenths(result.dueR - result.lateR, result.dueR) !== 998 || tenths(result.dueP - result.lateP, result.dueP) !== 998) {
    throw new Error(`reviews: ${result.dueR - result.lateR}/${result.dueR} and ${result.dueP - result.lateP}/${result.dueP}`);
  }
  return `reviews (financial year to date): ${result.dueR - result.lateR}/${result.dueR} at R, ${result.dueP - result.lateP}/${result.dueP} at R′`;
}

// ---------------------------------------------------------------- visits

function addVisits(children: SynthChild[], roleOf: Map<SynthChild, Slot>, rng: Prng): void {
  for (const c of children) {
    const p = periodOf(c);
    if (!p) continue;
    const role = roleOf.get(c)?.visits;
    const stop = role === "late-both" || role === "late-at-previous" ? D("2018-09-30") : role === "late-at-R" ? D("2018-12-20") : p.end === null || p.end > AS_AT ? AS_AT : day(p.end, -1);
    let d = Math.max(day(p.start, rng.int(1, 6)), day(DATA_START, rng.int(0, 30))) as Day;
    for (; d <= stop; d = day(d, rng.int(28, 38))) c.visits.push({ date: d, type: null, seen: rng.next() < 0.05 ? null : "Y", seenAlone: rng.next() < 0.7 ? "Y" : "N" });
    if (role === "late-at-R" && !c.visits.some((v) => v.date >= D("2018-11-20"))) c.visits.push({ date: between(rng, D("2018-11-20"), D("2018-12-20")), type: null, seen: "Y", seenAlone: "Y" });
    if (role === "late-at-previous") c.visits.push({ date: between(rng, D("2019-01-08"), D("2019-01-25")), type: "statutory", seen: "Y", seenAlone: "N" });
    if (role === "late-both" && rng.next() < 0.3) c.visits.push({ date: between(rng, D("2019-01-02"), D("2019-01-30")), type: "other", seen: "Y", seenAlone: null });
    if (role === "late-both" && rng.next() < 0.15) c.visits.push({ date: between(rng, D("2019-01-02"), D("2019-01-30")), type: "statutory", seen: "N", seenAlone: null });
    c.visits.sort((a, b) => a.date - b.date);
  }
}

// ---------------------------------------------------------------- health

/** Initial health assessments within 20 working days: FYTD 74.6% at R and 71.9% at R′. */
function ihaPlan(children: SynthChild[], rng: Prng): { onTime: Set<SynthChild>; late: Set<SynthChild>; note: string } {
  const entrants = children.filter((c) => {
    const p = periodOf(c);
    return p !== null && p.start >= FY_START && p.start <= AS_AT;
  });
  const cohort = (asAt: Day) => entrants.filter((c) => {
    const p = periodOf(c)!;
    return addWorkingDays(p.start, 20) <= asAt && (p.end === null || p.end > day(p.start, 28));
  });
  const atR = cohort(AS_AT);
  const atP = cohort(PREVIOUS_AS_AT);
  const onlyR = atR.filter((c) => !atP.includes(c));
  let chosen: [number, number] | null = null;
  for (const nP of validNumerators(719, atP.length)) {
    for (const n of validNumerators(746, atR.length)) if (n - nP >= 0 && n - nP <= onlyR.length && chosen === null) chosen = [nP, n];
  }
  if (!chosen) throw new Error(`IHA: no split for ${atP.length} (R′) and ${atR.length} (R)`);
  const [nP, n] = chosen;
  const onTime = new Set([...rng.shuffle(atP).slice(0, nP), ...rng.shuffle(onlyR).slice(0, n - nP)]);
  const late = new Set(atR.filter((c) => !onTime.has(c)));
  return { onTime, late, note: `initial health assessments (financial year to date): ${n}/${atR.length} at R, ${nP}/${atP.length} at R′` };
}

function yearlyBefore(last: Day, from: Day, months: number): Day[] {
  const out: Day[] = [];
  for (let d = addMonths(last, -months); d > from; d = addMonths(d, -months)) out.push(d);
  return out;
}

function addHealth(children: SynthChild[], roleOf: Map<SynthChild, Slot>, rng: Prng): string {
  const iha = ihaPlan(children, rng);
  for (const c of children) {
    const p = periodOf(c);
    if (!p) continue;
    const until = p.end === null || p.end > AS_AT ? AS_AT : p.end;
    const due = addWorkingDays(p.start, 20);
    let ihaDate: Day | null = null;
    if (iha.late.has(c)) ihaDate = rng.next() < 0.85 ? day(due, rng.int(3, 30)) : null;
    else if (iha.onTime.has(c)) ihaDate = between(rng, day(p.start, 3), due);
    else if (p.start >= DATA_START) ihaDate = between(rng, day(p.start, 5), day(p.start, 25));
    if (ihaDate !== null && ihaDate <= until) c.health.push({ type: "initial", date: ihaDate, requested: day(p.start, rng.int(0, 3)) });
    const slot = roleOf.get(c);
    const floor = Math.max(DATA_START, day(ihaDate ?? p.start, 90)) as Day;
    const under5 = ageAt(c.dob, AS_AT) < 5;
    // Health reviews.
    let reviews: Day[] = [];
    if (slot?.health) {
      const last = {
        both: between(rng, D("2018-09-01"), D("2018-12-20")),
        "at-R-only": between(rng, D("2019-01-03"), D("2019-01-28")),
        "at-previous-only": between(rng, D("2018-01-03"), D("2018-01-25")),
        neither: between(rng, D("2017-10-01"), D("2017-10-31")),
      }[slot.health];
      const previous = slot.health === "at-R-only" ? between(rng, D("2017-12-01"), D("2017-12-20")) : null;
      reviews = [last, ...(previous ? [previous, ...yearlyBefore(previous, floor, 12)] : yearlyBefore(last, floor, under5 ? 6 : 12))];
    } else if (slot?.start === "feb-1") {
      if (under5) reviews = [between(rng, D("2018-08-15"), D("2018-10-31"))];
    } else if (slot?.start === "jan-18") {
      reviews = [between(rng, D("2018-12-03"), D("2019-01-25"))];
    } else {
      for (let d = addMonths(ihaDate ?? p.start, 12); d <= until; d = addMonths(d, 12)) reviews.push(day(d, rng.int(-20, 10)));
    }
    for (const d of reviews) if (d >= floor && d <= until) c.health.push({ type: "review", date: d, requested: day(d, -rng.int(10, 40)) });
    // Dental checks (none for babies).
    let dental: Day[] = [];
    if (slot?.dental) {
      const last = {
        both: between(rng, D("2018-03-01"), D("2018-12-20")),
        "at-R-only": between(rng, D("2019-01-03"), D("2019-01-28")),
        "at-previous-only": between(rng, D("2018-01-03"), D("2018-01-25")),
        neither: between(rng, D("2017-10-01"), D("2017-10-31")),
      }[slot.dental];
      const neverSinceEntry = slot.dental === "neither" && (slot.start === "feb-1" || slot.start === "jan-18");
      const previous = slot.dental === "at-R-only" ? between(rng, D("2017-11-01"), D("2017-11-25")) : null;
      if (!neverSinceEntry) dental = [last, ...(previous ? [previous, ...yearlyBefore(previous, floor, 12)] : yearlyBefore(last, floor, 12))];
    } else if (ageAt(c.dob, until) >= 2) {
      for (let d = day(p.start, rng.int(40, 120)); d <= until; d = addMonths(d, 12)) dental.push(d);
    }
    for (const d of dental) if (d >= Math.max(DATA_START, p.start) && d <= until) c.health.push({ type: "dental", date: d, requested: null });
    c.health.sort((a, b) => a.date - b.date || (a.type < b.type ? -1 : 1));
  }
  return iha.note;
}

/** OC2 rows: children in care for 12 months at 31 March (and, for 2018-19, at R), flags from the local records. */
function addOc2(children: SynthChild[], rng: Prng): void {
  const years: [number, Day][] = [[2017, D("2017-03-31")], [2018, D("2018-03-31")], [2019, AS_AT]];
  for (const c of children) {
    const p = periodOf(c);
    if (!p) continue;
    for (const [endYear, at] of years) {
      const from = lookbackStart(at, 12);
      if (!(p.start <= from && (p.end === null || p.end > at))) continue;
      const under5 = ageAt(c.dob, at) < 5;
      const healthFrom = under5 ? lookbackStart(at, 6) : from;
      const has = (types: string[], since: Day) => c.health.some((h) => types.includes(h.type) && h.date >= since && h.date <= at);
      c.oc2.set(endYear, {
        healthAssessment: has(["initial", "review"], healthFrom) ? 1 : 0,
        teethCheck: has(["dental"], from) ? 1 : 0,
        immunisations: rng.next() < 0.92 ? 1 : 0,
        healthCheck: under5 ? (rng.next() < 0.9 ? 1 : 0) : null,
        sdqScore: ageAt(c.dob, at) >= 4 && ageAt(c.dob, at) <= 16 && rng.next() < 0.85 ? rng.int(2, 30) : null,
      });
    }
  }
}

// ---------------------------------------------------------------- education

const TERMS = ["2016-10-12", "2017-02-08", "2017-06-14", "2017-10-11", "2018-02-07", "2018-06-13", "2018-10-10", "2019-01-16"].map(D);

function addPeps(children: SynthChild[], rng: Prng): void {
  for (const c of children) {
    const p = periodOf(c);
    if (!p) continue;
    const until = p.end === null || p.end > AS_AT ? AS_AT : day(p.end, -1);
    const schoolish = (d: Day) => ageAt(c.dob, d) >= 4 && ageAt(c.dob, d) <= 17;
    const dates: Day[] = [];
    const entry = day(p.start, rng.int(10, 20));
    if (p.start >= DATA_START && entry <= until && schoolish(entry)) dates.push(entry);
    for (const t of TERMS) {
      const d = day(t, rng.int(-6, 6));
      if (d >= day(p.start, 5) && d <= until && schoolish(d) && !dates.some((x) => Math.abs(x - d) < 30)) dates.push(d);
    }
    c.peps = dates.sort((a, b) => a - b);
  }
}

// ---------------------------------------------------------------- missing

function addMissing(pop: Population, rng: Prng): void {
  const teens = rng.shuffle(pop.slots.filter((s) => s.child && ageAt(s.child.dob, AS_AT) >= 11 && s.child.episodes[0]!.start <= D("2018-11-01")).map((s) => s.child!));
  const spells = (c: SynthChild, month: [string, string], n: number) => {
    const dates = new Set<Day>();
    while (dates.size < n) dates.add(between(rng, D(month[0]), D(month[1])));
    for (const start of [...dates].sort((a, b) => a - b)) {
      const end = start > D("2019-01-29") ? null : day(start, rng.int(0, 2));
      c.missing.push({ kind: "M", start, end });
    }
  };
  [3, 2, 2, 1, 1, 1, 1, 1].forEach((n, i) => spells(teens[i]!, ["2019-01-01", "2019-01-31"], n)); // 12 episodes, 8 children
  [4, 3, 3, 2, 2, 2, 2, 1, 1].forEach((n, i) => spells(teens[i + 4]!, ["2018-12-01", "2018-12-31"], n)); // 20 episodes, 9 children
  for (let i = 0; i < 10; i += 1) spells(teens[i + 13]!, ["2018-04-01", "2018-11-30"], rng.int(1, 3));
  for (const c of teens.slice(20, 24)) c.missing.push({ kind: "A", start: between(rng, D("2018-12-01"), D("2019-01-30")), end: null });
  for (const c of teens.slice(20, 24)) c.missing[c.missing.length - 1]!.end = day(c.missing[c.missing.length - 1]!.start, 1);
  // A care leaver reported missing in January: not looked after, so outside the count.
  pop.careLeaverCohort[3]!.missing.push({ kind: "M", start: D("2019-01-12"), end: D("2019-01-13") });
  for (const c of pop.children) c.missing.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- care leavers

function addOc3(pop: Population, rng: Prng): void {
  const cohort = rng.shuffle(pop.careLeaverCohort);
  if (cohort.length !== 89) throw new Error(`care-leaver cohort is ${cohort.length}, not 89`);
  const neet = ["G4", "G4", "G4", "G4", ...Array<string>(36).fill("G5"), "G6", "G6", "G6", "G6", "G6"];
  const eet = ["F1", "F1", "F1", "F1", "P1", ...Array<string>(10).fill("F2"), "P2", "P2", "P2", "P2", ...Array<string>(10).fill("F3"), ...Array<string>(6).fill("P3")];
  const suitable = ["B1", "U1", "Z1", "S1", "T1", "D1", "V1", "R1"];
  const unsuitable = ["X2", "T2", "B2", "U2", "S2"];
  cohort.forEach((c, i) => {
    const inTouch = i < 80 ? "YES" : i < 86 ? "NO" : "REFU";
    const activity = i < 45 ? neet[i]! : i < 80 ? eet[i - 45]! : "0";
    const accommodation = i >= 80 ? "0" : i % 16 === 3 ? unsuitable[Math.floor(i / 16)]! : rng.pick(suitable);
    c.oc3.push({ endYear: 2019, inTouch, activity, accommodation });
  });
  const [died, rhom] = pop.careLeaverExcluded;
  died!.oc3.push({ endYear: 2019, inTouch: "DIED", activity: "0", accommodation: "0" });
  rhom!.oc3.push({ endYear: 2019, inTouch: "RHOM", activity: "0", accommodation: "0" });
  // Rows for 17th/18th birthdays in 2018-19 (outside the default 19–21 band).
  for (const c of pop.formerRelevant) {
    const eighteenth = addYears(c.dob, 18);
    if (eighteenth >= FY_START && eighteenth <= AS_AT && c.oc3.length === 0) c.oc3.push({ endYear: 2019, inTouch: "YES", activity: rng.pick(["F2", "P3", "G5"]), accommodation: rng.pick(["B1", "U1", "Z1"]) });
  }
}

/** Pathway plans: 238 of 271 current at R, 239 of 269 at R′. */
function addPathwayPlans(pop: Population, rng: Prng): string {
  const eligible = pop.slots.filter((s) => s.age === "16-17" && s.start !== "jan-late" && s.start !== "jan-10").map((s) => s.child!);
  const counted = (c: SynthChild, at: Day) => addMonths(c.dob, 195) <= at;
  // Relevant: left care at 16 or 17 and still under 18.
  const relevant = pop.relevant.filter((c) => counted(c, PREVIOUS_AS_AT) && addYears(c.dob, 18) > AS_AT).slice(0, 5);
  if (relevant.length !== 5) throw new Error(`pathway: ${relevant.length} relevant young people`);
  const formerRelevant = pop.formerRelevant;
  const atR = [...eligible.filter((c) => counted(c, AS_AT)), ...relevant, ...formerRelevant];
  const needed = 271 - atR.length;
  if (needed < 0) throw new Error(`pathway: ${atR.length} people already`);
  const pathwayOnly: SynthChild[] = [];
  for (let i = 0; i < needed + 4; i += 1) {
    const year = i % 2 === 0 ? 1997 : 1998;
    pathwayOnly.push(newChild("", between(rng, D(`${year}-02-01`), D(`${year}-03-28`)), "care leaver known only to the leaving-care team"));
  }
  pop.children.push(...pathwayOnly);
  const counting = [...atR, ...pathwayOnly.slice(0, needed)];
  for (const c of eligible) c.pathway = { category: "eligible", caseOpen: Math.max(addYears(c.dob, 16), periodOf(c)!.start) as Day, caseClosed: null, planDates: [] };
  for (const c of relevant) c.pathway = { category: "relevant", caseOpen: addYears(c.dob, 16), caseClosed: null, planDates: [] };
  for (const c of [...formerRelevant, ...pathwayOnly]) c.pathway = { category: "former-relevant", caseOpen: addYears(c.dob, 17), caseClosed: null, planDates: [] };
  const extra = pathwayOnly.slice(needed);
  extra.slice(0, 3).forEach((c) => (c.pathway!.category = "qualifying"));
  extra[3]!.pathway!.caseClosed = D("2018-10-15");
  for (const c of pop.careLeaverExcluded) c.pathway = { category: "former-relevant", caseOpen: addYears(c.dob, 18), caseClosed: D("2018-06-20"), planDates: [addYears(c.dob, 18)] };

  // Plan classes among the 271.
  const atPrevious = counting.filter((c) => counted(c, PREVIOUS_AS_AT));
  const turners = counting.filter((c) => !counted(c, PREVIOUS_AS_AT));
  if (turners.length !== 2 || atPrevious.length !== 269) throw new Error(`pathway: ${atPrevious.length} at R′, ${turners.length} turning 16¼ in January`);
  const old = rng.shuffle(atPrevious.filter((c) => c.pathway!.caseOpen! <= D("2018-04-30")));
  const atROnly = old.slice(0, 3);
  const previousOnly = old.slice(3, 9);
  const neither = old.slice(9, 36);
  const plan = (c: SynthChild, last: Day | null) => {
    const dates: Day[] = [];
    for (let d = last; d !== null && d >= c.pathway!.caseOpen!; d = addMonths(d, -6)) dates.unshift(day(d, 0));
    if (dates.length === 0 && last !== null) dates.push(last);
    c.pathway!.planDates = dates;
  };
  for (const c of atROnly) { plan(c, between(rng, D("2018-04-01"), D("2018-05-31"))); c.pathway!.planDates.push(between(rng, D("2019-01-03"), D("2019-01-29"))); }
  for (const c of previousOnly) plan(c, between(rng, D("2018-07-02"), D("2018-07-31")));
  neither.forEach((c, i) => plan(c, i < 4 ? null : between(rng, D("2017-11-01"), D("2018-06-28"))));
  for (const c of [...atPrevious.filter((x) => !old.slice(0, 36).includes(x)), ...turners]) {
    plan(c, between(rng, Math.max(D("2018-08-01"), c.pathway!.caseOpen!) as Day, D("2018-12-31")));
  }
  for (const c of extra) plan(c, between(rng, D("2018-09-01"), D("2018-12-31")));
  return "pathway plans: 238/271 at R, 239/269 at R′";
}

// ---------------------------------------------------------------- sex, ethnicity, ids

const ETHNICITY_AT_R: [string, number][] = [
  ["WBRI", 229], ["WOTH", 49], ["MWBC", 7], ["MWBA", 5], ["MWAS", 16], ["MOTH", 22], ["APKN", 10], ["AOTH", 12],
  ["BCRB", 2], ["BAFR", 9], ["BOTH", 7], ["OOTH", 7], ["NOBT", 4], ["REFU", 1],
];

function addSexAndEthnicity(pop: Population, rng: Prng): void {
  const inCare = pop.slots.map((s) => s.child!);
  const uasc = inCare.filter((c) => c.uasc);
  const rest = rng.shuffle(inCare.filter((c) => !c.uasc));
  const sexes = rng.shuffle([...Array<"1">(213 - uasc.length).fill("1"), ...Array<"2">(167).fill("2")]);
  for (const c of uasc) c.sex = "1";
  rest.forEach((c, i) => (c.sex = sexes[i]!));
  const pool = ETHNICITY_AT_R.flatMap(([code, n]) => Array<string>(n).fill(code));
  const uascCodes = ["BAFR", "BAFR", "BAFR", "BAFR", "AOTH", "AOTH", "AOTH", "OOTH", "OOTH", "OOTH"];
  uasc.forEach((c, i) => {
    c.ethnicity = uascCodes[i]!;
    pool.splice(pool.indexOf(uascCodes[i]!), 1);
  });
  rng.shuffle(pool).forEach((code, i) => (rest[i]!.ethnicity = code));
  const weighted = ETHNICITY_AT_R.flatMap(([code, n]) => Array<string>(Math.max(1, Math.round(n / 4))).fill(code));
  for (const c of pop.children) {
    if (inCare.includes(c)) continue;
    c.sex = rng.next() < 0.54 ? "1" : "2";
    c.ethnicity = c.uasc ? rng.pick(uascCodes) : rng.pick(weighted);
  }
}

export function enrich(pop: Population, rng: Prng): string[] {
  const roleOf = new Map<SynthChild, Slot>(pop.slots.map((s) => [s.child!, s]));
  addSexAndEthnicity(pop, rng);
  const notes = [addReviews(pop.children, rng)];
  addVisits(pop.children, roleOf, rng);
  notes.push(addHealth(pop.children, roleOf, rng));
  addOc2(pop.children, rng);
  addPeps(pop.children, rng);
  addMissing(pop, rng);
  addOc3(pop, rng);
  notes.push(addPathwayPlans(pop, rng));
  // Children in care at R who are placed for adoption: their placed_for_adoption rows.
  for (const s of pop.slots.filter((x) => x.category === "PFA")) {
    const c = s.child!;
    const order = c.episodes.find((e) => e.ls === "E1")!.start;
    c.placedForAdoption.push({ placed: day(order, -rng.int(20, 50)), ceased: null, reason: null });
  }
  // Ids: a seeded order, so that the archetypes are mixed through the files.
  rng.shuffle(pop.children).forEach((c, i) => (c.id = `PB${String(i + 1).padStart(5, "0")}`));
  return notes;
}
