import { type Day, addDays, addYears } from "../../src/dates/index.js";
import { CATEGORY_OF_NEED, PLACEMENT_EXPIRY, reasonForPlacementChange, specialGuardianshipReason } from "./codes.js";
import { LONG_TERM_OF, type Placement, choosePlacement, isFoster, placementOf, postcode, temporaryPlacement } from "./placements.js";
import type { Random } from "./random.js";

/**
 * One child's life in care, simulated as periods of care made of episodes (indicators.md
 * §1.6–1.8). Everything is in Days; which return shows what is decided later (returns.ts).
 */

export type Rne = "S" | "L" | "P" | "T" | "U" | "B";

export interface SimEpisode extends Placement {
  decom: Day;
  /** Null: still open on the last day simulated. */
  dec: Day | null;
  rne: Rne;
  ls: string;
  cin: string;
  rec: string | null;
  reasonPlaceChange: string;
  homePost: string;
}

export type Outcome =
  | "adopted" | "sgo" | "cao" | "home" | "relatives" | "eighteen" | "other" | "custody" | "remand-ended"
  | "transfer" | "abroad" | "short-break";

export interface AdoptionFacts {
  /** Agency decision that the child should be placed for adoption (AD1 DATE_INT). */
  decision: Day;
  placementOrder: Day;
  match: Day;
  movedIn: Day;
  fosterCarer: boolean;
}

export interface SimPeriod {
  start: Day;
  /** Planned end; the period is open on the horizon when end > horizon. */
  end: Day;
  outcome: Outcome;
  entryLs: string;
  adoption: AdoptionFacts | null;
  episodes: SimEpisode[];
}

export type ChildKind = "ordinary" | "uasc" | "short-break";

export interface SimChild {
  kind: ChildKind;
  male: boolean;
  dob: Day;
  periods: SimPeriod[];
}

/** The simulated days: 1 April of the first collection year to 31 March of the last. */
export interface Range {
  start: Day;
  end: Day;
}

const YEAR = 365.25;
const ageAt = (dob: Day, on: Day): number => Math.floor((on - dob) / YEAR);

type Weights = readonly (readonly [Outcome, number])[];
const OUTCOMES_BY_AGE: readonly Weights[] = [
  // under 1, 1–4, 5–9, 10–15, 16–17 at entry
  [["adopted", 40], ["sgo", 18], ["home", 22], ["relatives", 5], ["cao", 5], ["other", 4], ["eighteen", 6]],
  [["adopted", 20], ["sgo", 20], ["home", 30], ["relatives", 7], ["cao", 8], ["other", 5], ["eighteen", 10]],
  [["adopted", 2], ["sgo", 15], ["home", 38], ["relatives", 8], ["cao", 7], ["other", 7], ["eighteen", 23]],
  [["sgo", 4], ["home", 45], ["relatives", 8], ["cao", 3], ["other", 8], ["eighteen", 28], ["transfer", 2], ["abroad", 1]],
  [["home", 30], ["relatives", 8], ["other", 10], ["eighteen", 50], ["transfer", 1], ["abroad", 1]],
];

function ageBandIndex(age: number): number {
  return age < 1 ? 0 : age < 5 ? 1 : age < 10 ? 2 : age < 16 ? 3 : 4;
}

function entryLegalStatus(random: Random, age: number, outcome: Outcome): string {
  if (outcome === "adopted") return random.chance(0.8) ? "C1" : "V2";
  if (age >= 10 && random.chance(0.05)) return random.chance(0.6) ? "J1" : "J2";
  return random.weighted([["V2", 47], ["C1", 42], ["L1", 6], ["L2", 4], ["L3", 1]]);
}

/** Days in care for a period that does not last to 18. */
function duration(random: Random, outcome: Outcome): number {
  switch (outcome) {
    case "home":
      return Math.round(random.logNormal(200, 1.2));
    case "relatives":
      return Math.round(random.logNormal(200, 1.0));
    case "sgo":
      return Math.round(random.logNormal(550, 0.45));
    case "cao":
      return Math.round(random.logNormal(500, 0.5));
    case "other":
      return Math.round(random.logNormal(250, 1.1));
    case "transfer":
      return Math.round(random.logNormal(150, 1.0));
    case "abroad":
      return Math.round(random.logNormal(300, 0.8));
    default:
      return random.int(10, 150);
  }
}

/** The planned outline of a period: dates and outcome, before any episode is drawn. */
function planPeriod(random: Random, dob: Day, start: Day, kind: ChildKind): SimPeriod {
  const age = ageAt(dob, start);
  const eighteen = addYears(dob, 18);
  let outcome: Outcome =
    kind === "uasc"
      ? random.weighted([["eighteen", 85], ["other", 10], ["transfer", 5]])
      : random.weighted(OUTCOMES_BY_AGE[ageBandIndex(age)]!);
  const entryLs = kind === "uasc" ? "V2" : entryLegalStatus(random, age, outcome);
  if (entryLs === "J1") outcome = random.chance(0.3) ? "custody" : "remand-ended";
  if (entryLs === "J2") outcome = "remand-ended";
  let adoption: AdoptionFacts | null = null;
  let end: Day;
  if (outcome === "adopted") {
    const placementOrder = addDays(start, random.int(150, 450));
    const movedIn = addDays(placementOrder, random.int(60, 300));
    adoption = {
      decision: addDays(placementOrder, -random.int(30, 120)),
      placementOrder,
      match: addDays(movedIn, -random.int(14, 90)),
      movedIn,
      fosterCarer: random.chance(0.15),
    };
    end = addDays(movedIn, random.int(90, 420));
  } else if (outcome === "eighteen") {
    end = eighteen;
  } else {
    end = addDays(start, entryLs === "J2" ? random.int(0, 2) : Math.max(1, duration(random, outcome)));
  }
  if (end >= eighteen) {
    end = eighteen;
    outcome = "eighteen";
    adoption = null;
  }
  return { start, end, outcome, entryLs, adoption, episodes: [] };
}

const RETURNS_AFTER: ReadonlySet<Outcome> = new Set(["home", "relatives", "sgo", "cao", "other"]);

/** Short breaks: a V3 series of separate short episodes, or V4 agreements of months. */
function planShortBreaks(random: Random, dob: Day, first: Day, horizon: Day): SimPeriod[] {
  const v3 = random.chance(0.7);
  const last = Math.min(addDays(first, random.int(365, 6 * 365)), addYears(dob, 18), horizon);
  const periods: SimPeriod[] = [];
  for (let t = first; t < last; ) {
    const length = v3 ? random.int(1, 4) : random.int(180, 365);
    const end = addDays(t, length);
    periods.push({ start: t, end, outcome: "short-break", entryLs: v3 ? "V3" : "V4", adoption: null, episodes: [] });
    t = addDays(end, v3 ? random.int(7, 45) : random.int(1, 30));
  }
  return periods;
}

/** In care for 13 weeks after the 14th birthday and left at 16 or over, not by adoption, order or transfer. */
export function careLeftAt(child: SimChild): Day | null {
  if (child.kind === "short-break") return null;
  const last = child.periods[child.periods.length - 1];
  if (!last || last.end < addYears(child.dob, 16)) return null;
  if (last.outcome === "adopted" || last.outcome === "sgo" || last.outcome === "cao" || last.outcome === "transfer") return null;
  const fourteen = addYears(child.dob, 14);
  let days = 0;
  for (const p of child.periods) days += Math.max(0, p.end - Math.max(p.start, fourteen));
  return days >= 91 ? last.end : null;
}

/** OC3 birthdays (17th–21st) after leaving care, within the range. */
export function careLeaverBirthdays(child: SimChild, range: Range): Day[] {
  const left = careLeftAt(child);
  if (left === null) return [];
  const out: Day[] = [];
  for (let age = 17; age <= 21; age += 1) {
    const birthday = addYears(child.dob, age);
    if (birthday > left && birthday >= range.start && birthday <= range.end) out.push(birthday);
  }
  return out;
}

const DAYS_22_YEARS = Math.round(22 * YEAR);

/**
 * Draws children until one touches the range: in care at some point of it, or a care leaver
 * with an OC3 birthday in it. Entry dates are uniform over 22 years before the range, so the
 * children kept mix long stays and short ones as a steady-state population does.
 */
export function planChild(random: Random, range: Range): SimChild {
  for (;;) {
    const kind: ChildKind = random.chance(0.03) ? "short-break" : random.chance(0.07) ? "uasc" : "ordinary";
    const male = kind === "uasc" ? random.chance(0.93) : random.chance(0.56);
    if (kind === "short-break") {
      const first = addDays(range.start, random.int(-5 * 365, range.end - range.start));
      const dob = addDays(first, -random.int(5 * 365, 15 * 365));
      const periods = planShortBreaks(random, dob, first, range.end).filter((p) => p.end >= range.start && p.start <= range.end);
      if (periods.length > 0) return { kind, male, dob, periods };
      continue;
    }
    const entry = addDays(range.start, random.int(-DAYS_22_YEARS, range.end - range.start));
    const ageDays =
      kind === "uasc"
        ? random.int(14 * 365, 17 * 365 + 300)
        : (() => {
            const band = random.weighted([["0", 19], ["1", 15], ["5", 16], ["10", 35], ["16", 15]]);
            const [low, high] = band === "0" ? [0, 364] : band === "1" ? [365, 5 * 365 - 1] : band === "5" ? [5 * 365, 10 * 365 - 1] : band === "10" ? [10 * 365, 16 * 365 - 1] : [16 * 365, 18 * 365 - 30];
            return random.int(low, high);
          })();
    const dob = addDays(entry, -ageDays);
    const periods: SimPeriod[] = [];
    let start = entry;
    for (;;) {
      const period = planPeriod(random, dob, start, kind);
      periods.push(period);
      if (!RETURNS_AFTER.has(period.outcome) || !random.chance(0.12)) break;
      start = addDays(period.end, Math.round(random.logNormal(200, 1.0)) + 1);
      if (start > range.end || start >= addDays(addYears(dob, 18), -60)) break;
    }
    const child: SimChild = { kind, male, dob, periods };
    const inCare = periods.some((p) => p.start <= range.end && p.end >= range.start);
    if (inCare || careLeaverBirthdays(child, range).length > 0) return child;
  }
}

/** A legal status change planned at a day (RNE L, or merged into B/U when the carer or type changes that day). */
interface LegalChange {
  at: Day;
  ls: string;
}

function plannedLegalChanges(random: Random, period: SimPeriod): LegalChange[] {
  const changes: LegalChange[] = [];
  let ls = period.entryLs;
  let t = period.start;
  if (ls === "L1" || ls === "L2" || ls === "L3") {
    t = addDays(t, random.int(1, 7));
    ls = random.chance(0.6) ? "C1" : "V2";
    changes.push({ at: t, ls });
  }
  if (period.adoption) {
    if (ls === "V2") changes.push({ at: (t = addDays(t, random.int(20, 90))), ls: (ls = "C1") });
    changes.push({ at: period.adoption.placementOrder, ls: "E1" });
    return changes.filter((c) => c.at > period.start);
  }
  if (ls === "V2" && random.chance(0.25)) changes.push({ at: (t = addDays(t, random.int(30, 300))), ls: (ls = "C1") });
  if (ls === "C1" && random.chance(0.8)) changes.push({ at: addDays(t, random.int(150, 400)), ls: "C2" });
  return changes;
}

/** Placement moves per year for this child, before the time-in-care multiplier. */
function moveRate(random: Random): number {
  return Number(random.weighted([["0.08", 62], ["0.4", 25], ["2.4", 13]]));
}

function moveWait(random: Random, rate: number, daysInCare: number): number {
  const multiplier = daysInCare < 365 ? 2.4 : daysInCare < 730 ? 1.0 : 0.22;
  return Math.max(1, Math.round(random.exponential(365 / (rate * multiplier))));
}

function endReason(random: Random, period: SimPeriod, last: SimEpisode, kind: ChildKind): string {
  switch (period.outcome) {
    case "adopted":
      return random.chance(0.88) ? "E11" : "E12";
    case "sgo":
      return specialGuardianshipReason(period.end, random);
    case "cao":
      return "E41";
    case "home":
      return random.chance(0.85) ? "E4A" : "E4B";
    case "relatives":
      return "E13";
    case "other":
      return "E8";
    case "transfer":
      return "E3";
    case "abroad":
      return "E16";
    case "custody":
      return "E9";
    case "remand-ended":
      return "E14";
    case "short-break":
      return "E4A";
    case "eighteen":
      if (kind === "uasc" && random.chance(0.05)) return "E15";
      return isFoster(last.place)
        ? random.weighted([["E17", 35], ["E5", 20], ["E6", 15], ["E8", 15], ["E13", 10], ["E7", 5]])
        : random.weighted([["E5", 30], ["E6", 25], ["E8", 25], ["E13", 10], ["E7", 5], ["E4A", 5]]);
  }
}

const NEVER = Number.POSITIVE_INFINITY;

/**
 * Draws the episodes of one period up to the horizon: legal status changes (L), moves (P, or
 * B with a legal change the same day), long-term matches with the same carer (T, or U),
 * temporary placements and the return to the same carer, placement for adoption, and
 * placement codes withdrawn on a given day. Every change closes the episode with X1 on the
 * day the next one starts.
 */
export function drawEpisodes(random: Random, child: SimChild, period: SimPeriod, horizon: Day): void {
  const stop = Math.min(period.end, horizon + 1);
  const age = ageAt(child.dob, period.start);
  const homePost = postcode(random);
  const cin = period.outcome === "short-break" ? "N1" : random.weighted(CATEGORY_OF_NEED);
  const first: Placement =
    period.outcome === "short-break"
      ? placementOf(random.chance(0.6) ? "K2" : "U6", random)
      : choosePlacement(random, age, period.start, child.kind === "uasc");
  let current: SimEpisode = { decom: period.start, dec: null, rne: "S", ls: period.entryLs, cin, rec: null, reasonPlaceChange: "", homePost, ...first };
  const episodes: SimEpisode[] = [current];
  const change = (at: Day, rne: Rne, patch: Partial<SimEpisode>): void => {
    current.dec = at;
    current.rec = "X1";
    const reasonPlaceChange = rne === "P" || rne === "B" ? reasonForPlacementChange(at, random) : "";
    current = { ...current, decom: at, dec: null, rec: null, rne, reasonPlaceChange, ...patch };
    episodes.push(current);
  };
  const shortBreak = period.outcome === "short-break";
  const legal = shortBreak ? [] : plannedLegalChanges(random, period);
  let legalIndex = 0;
  const rate = moveRate(random);
  const moving = !shortBreak && period.entryLs !== "J2";
  let nextMove = moving ? addDays(period.start, moveWait(random, rate, 0)) : NEVER;
  let nextTemporary = moving ? addDays(period.start, Math.round(random.exponential(365 / 0.08))) : NEVER;
  const scheduleLongTerm = (from: Day, place: string): number =>
    LONG_TERM_OF[place] !== undefined && random.chance(0.45) ? addDays(from, random.int(250, 700)) : NEVER;
  let nextLongTerm = moving ? scheduleLongTerm(period.start, current.place) : NEVER;
  let adoptionAt = period.adoption ? period.adoption.movedIn : NEVER;
  const takeLegalOn = (at: Day): string | null => {
    const next = legal[legalIndex];
    if (next && next.at === at) {
      legalIndex += 1;
      return next.ls;
    }
    return null;
  };
  for (;;) {
    const legalAt = legal[legalIndex]?.at ?? NEVER;
    const expiry = PLACEMENT_EXPIRY[current.place];
    const expiryAt = expiry ? expiry.last : NEVER;
    const at = Math.min(legalAt, nextMove, nextTemporary, nextLongTerm, adoptionAt, expiryAt);
    if (at >= stop) break;
    const day = Math.max(at, current.decom) as Day;
    if (at === expiryAt && expiry) {
      const next = expiry.sameCarer ? { place: expiry.next, urn: placementOf(expiry.next, random).urn } : placementOf(expiry.next, random);
      change(day, expiry.sameCarer ? "T" : "P", next);
      nextLongTerm = NEVER;
    } else if (at === adoptionAt && period.adoption) {
      const ls = takeLegalOn(day);
      if (period.adoption.fosterCarer && isFoster(current.place)) change(day, ls ? "U" : "T", { place: "A5", ...(ls ? { ls } : {}) });
      else change(day, ls ? "B" : "P", { ...placementOf("A6", random), ...(ls ? { ls } : {}) });
      adoptionAt = nextMove = nextTemporary = nextLongTerm = NEVER;
    } else if (at === nextMove) {
      const ls = takeLegalOn(day);
      const placement = choosePlacement(random, ageAt(child.dob, day), day, child.kind === "uasc");
      change(day, ls ? "B" : "P", { ...placement, ...(ls ? { ls } : {}) });
      nextMove = addDays(day, moveWait(random, rate, day - period.start));
      nextLongTerm = scheduleLongTerm(day, placement.place);
    } else if (at === nextLongTerm) {
      const ls = takeLegalOn(day);
      change(day, ls ? "U" : "T", { place: LONG_TERM_OF[current.place] ?? current.place, ...(ls ? { ls } : {}) });
      nextLongTerm = NEVER;
    } else if (at === legalAt) {
      change(day, "L", { ls: takeLegalOn(day)! });
    } else {
      // Temporary placement: only when nothing else happens until the child is back.
      const days = random.int(1, 7);
      const back = addDays(day, days);
      nextTemporary = addDays(day, Math.max(8, Math.round(random.exponential(365 / 0.08))));
      if (Math.min(legalAt, nextMove, nextLongTerm, adoptionAt, expiryAt, stop - 1) > back && current.place[0] !== "T") {
        const home: Placement = { place: current.place, provider: current.provider, postcode: current.postcode, urn: current.urn };
        change(day, "P", temporaryPlacement(random, home));
        change(back, "P", home);
      }
    }
  }
  if (period.end <= horizon) {
    current.dec = period.end;
    current.rec = endReason(random, period, current, child.kind);
  }
  period.episodes = episodes;
}
