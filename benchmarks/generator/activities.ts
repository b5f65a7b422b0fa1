import { type Day, addDays, addMonths, addWorkingDays, addYears } from "../../src/dates/index.js";
import { type Range, type SimChild, type SimPeriod, careLeftAt } from "./history.js";
import type { Random } from "./random.js";

/**
 * What happens around the episodes of a child in care: reviews, statutory visits, health
 * assessments, PEPs, missing episodes and pathway plans. Drawn per period of care, for the
 * periods that reach the range; dates after the period or the range's end are dropped.
 */

export interface Visit {
  date: Day;
  statutory: boolean;
  seen: boolean;
  seenAlone: boolean;
}

export interface HealthAssessment {
  type: "initial" | "review" | "dental";
  date: Day;
  requested: Day | null;
}

export interface MissingEpisode {
  kind: "M" | "A";
  start: Day;
  end: Day | null;
}

export interface PathwayPlan {
  date: Day;
  category: "eligible" | "relevant" | "former-relevant";
  caseOpen: Day;
  caseClosed: Day | null;
}

export interface Activities {
  reviews: Day[];
  visits: Visit[];
  health: HealthAssessment[];
  peps: Day[];
  missing: MissingEpisode[];
  pathwayPlans: PathwayPlan[];
  /** Child-level tendency for OC2 IMMUNISATIONS. */
  immunised: boolean;
}

const lastDay = (period: SimPeriod, range: Range): Day => Math.min(period.end, range.end) as Day;

/** Reviews: the first within 20 working days, then 3 months later, then every 6 months; some late. */
function drawReviews(random: Random, period: SimPeriod, range: Range, out: Day[]): void {
  const limit = lastDay(period, range);
  let date = addWorkingDays(period.start, random.chance(0.88) ? random.int(8, 20) : random.int(21, 40));
  let gapMonths = 3;
  while (date <= limit) {
    out.push(date);
    const due = addMonths(date, gapMonths);
    date = random.chance(0.9) ? addDays(due, -random.int(0, 21)) : addDays(due, random.int(1, 45));
    gapMonths = 6;
  }
}

function placeOn(period: SimPeriod, day: Day): string {
  let place = period.episodes[0]?.place ?? "";
  for (const e of period.episodes) {
    if (e.decom > day) break;
    place = e.place;
  }
  return place;
}

/** Statutory visits every 6 weeks (3 months in long-term foster care), 1 in 10 late; extra non-statutory ones. */
function drawVisits(random: Random, period: SimPeriod, range: Range, out: Visit[]): void {
  const limit = lastDay(period, range);
  const from = addDays(range.start, -120);
  // Long stays: start the visiting rhythm shortly before the range instead of at entry.
  let date = period.start < from ? addDays(from, random.int(0, 42)) : addDays(period.start, random.int(0, 7));
  while (date <= limit) {
    out.push({ date, statutory: true, seen: random.chance(0.96), seenAlone: random.chance(0.7) });
    if (random.chance(0.12)) {
      const extra = addDays(date, random.int(2, 15));
      if (extra <= limit) out.push({ date: extra, statutory: false, seen: true, seenAlone: random.chance(0.5) });
    }
    const place = placeOn(period, date);
    const longTerm = place === "U1" || place === "U4";
    date = addDays(date, longTerm ? random.int(50, 92) : random.chance(0.9) ? random.int(20, 42) : random.int(43, 75));
  }
}

function drawHealth(random: Random, child: SimChild, period: SimPeriod, range: Range, out: HealthAssessment[]): void {
  const limit = lastDay(period, range);
  if (random.chance(0.96)) {
    const requested = addDays(period.start, random.int(0, 5));
    const date = random.chance(0.7) ? addWorkingDays(period.start, random.int(5, 20)) : addWorkingDays(period.start, random.int(21, 60));
    if (date <= limit) out.push({ type: "initial", date, requested });
  }
  const underFive = (d: Day) => d < addYears(child.dob, 5);
  for (let date = period.start; ; ) {
    date = addMonths(date, underFive(date) ? 6 : 12);
    date = addDays(date, random.int(-30, 20));
    if (date > limit) break;
    if (random.chance(0.9)) out.push({ type: "review", date, requested: null });
  }
  for (let date = addDays(period.start, random.int(30, 200)); date <= limit; date = addDays(date, random.int(150, 420))) {
    if (date >= addYears(child.dob, 1) && random.chance(0.85)) out.push({ type: "dental", date, requested: null });
  }
}

/** PEPs about once a term for school-age children (Reception to Year 11). */
function drawPeps(random: Random, child: SimChild, period: SimPeriod, range: Range, out: Day[]): void {
  const limit = lastDay(period, range);
  const schoolFrom = addYears(child.dob, 4);
  const schoolTo = addYears(child.dob, 16);
  for (let date = addDays(period.start, random.int(10, 40)); date <= limit; date = addDays(date, random.int(90, 140))) {
    if (date >= schoolFrom && date < schoolTo && random.chance(0.92)) out.push(date);
  }
}

function drawMissing(random: Random, child: SimChild, period: SimPeriod, range: Range, out: MissingEpisode[]): void {
  const limit = lastDay(period, range);
  const age = (period.start - child.dob) / 365.25;
  if (!random.chance(age >= 11 ? 0.18 : 0.01)) return;
  const perYear = random.logNormal(3, 1.0);
  for (let date = addDays(period.start, Math.round(random.exponential(365 / perYear))); date <= limit; ) {
    const end = addDays(date, random.chance(0.7) ? random.int(0, 1) : random.int(2, 10));
    out.push({ kind: random.chance(0.75) ? "M" : "A", start: date, end: end <= range.end ? end : null });
    date = addDays(end, Math.max(1, Math.round(random.exponential(365 / perYear))));
  }
}

/** Pathway plans from the 16th birthday in care until 21, every 6 months (some late). */
function drawPathwayPlans(random: Random, child: SimChild, range: Range, out: PathwayPlan[]): void {
  const left = careLeftAt(child);
  const last = child.periods[child.periods.length - 1];
  if (!last) return;
  const sixteen = addYears(child.dob, 16);
  const eighteen = addYears(child.dob, 18);
  const twentyOne = addYears(child.dob, 21);
  const eligible = left !== null || (last.end > range.end && last.end >= sixteen && child.kind !== "short-break");
  if (!eligible) return;
  const caseOpen = Math.max(sixteen, last.start) as Day;
  const caseClosed = twentyOne <= range.end ? twentyOne : null;
  for (let date = addDays(caseOpen, random.int(0, 40)); date < twentyOne && date <= range.end; ) {
    if (date >= addDays(range.start, -200)) {
      const inCare = left === null || date < left;
      const category = inCare ? "eligible" : date < eighteen ? "relevant" : "former-relevant";
      if (random.chance(0.95)) out.push({ date, category, caseOpen, caseClosed });
    }
    date = addDays(date, random.chance(0.85) ? random.int(140, 182) : random.int(183, 270));
  }
}

export function drawActivities(random: Random, child: SimChild, range: Range): Activities {
  const activities: Activities = { reviews: [], visits: [], health: [], peps: [], missing: [], pathwayPlans: [], immunised: random.chance(0.87) };
  if (child.kind === "short-break") return activities;
  for (const period of child.periods) {
    if (period.end < range.start || period.start > range.end) continue;
    drawReviews(random, period, range, activities.reviews);
    drawVisits(random, period, range, activities.visits);
    drawHealth(random, child, period, range, activities.health);
    drawPeps(random, child, period, range, activities.peps);
    drawMissing(random, child, period, range, activities.missing);
  }
  drawPathwayPlans(random, child, range, activities.pathwayPlans);
  return activities;
}
