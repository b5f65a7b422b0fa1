import { type Day, addYears, ageAt } from "../../../src/dates/index.js";
import { type PeriodPlan, type SpellPlan, toEpisodes } from "./episodes.js";
import { AS_AT, D, DATA_START, type SynthChild, day, newChild } from "./model.js";
import { type PlacementCategory, PLACE_CHANGE_REASONS, earlierPlacement, homePostcode, placementOf } from "./places.js";
import type { Prng } from "./prng.js";

export type AgeBand = "U1" | "1-4" | "5-9" | "10-15" | "16-17";
export type LengthBand = "L0" | "L1" | "L2" | "L3" | "L4" | "L5" | "L6";

/**
 * The 380 children in care on 31/01/2019, by age band × length in care × legal status ×
 * placement. Margins: the January 2019 profile tables (legal status with full care orders
 * raised by 10, see README).
 */
const CELLS: [AgeBand, LengthBand, string, PlacementCategory, number][] = [
  ["U1", "L0", "C1", "IH", 8], ["U1", "L0", "C1", "AG", 6], ["U1", "L0", "C1", "REL", 1], ["U1", "L0", "C1", "PAR", 1], ["U1", "L0", "V2", "IH", 4], ["U1", "L0", "V2", "AG", 2],
  ["U1", "L1", "C1", "IH", 1], ["U1", "L1", "C1", "AG", 1], ["U1", "L1", "E1", "IH", 3], ["U1", "L1", "E1", "PFA", 2],
  ["1-4", "L0", "C1", "IH", 3], ["1-4", "L0", "C1", "AG", 3], ["1-4", "L0", "C1", "PAR", 1], ["1-4", "L0", "V2", "IH", 2], ["1-4", "L0", "V2", "REL", 1],
  ["1-4", "L1", "C1", "IH", 2], ["1-4", "L1", "C1", "AG", 1], ["1-4", "L1", "C1", "REL", 1], ["1-4", "L1", "C1", "PAR", 1], ["1-4", "L1", "E1", "IH", 2], ["1-4", "L1", "V2", "AG", 1],
  ["1-4", "L2", "E1", "IH", 6], ["1-4", "L2", "E1", "AG", 3], ["1-4", "L2", "E1", "PFA", 1], ["1-4", "L2", "C2", "IH", 1], ["1-4", "L2", "C2", "AG", 2], ["1-4", "L2", "C2", "REL", 1], ["1-4", "L2", "C2", "PAR", 1],
  ["1-4", "L3", "C2", "AG", 2], ["1-4", "L3", "E1", "IH", 3], ["1-4", "L3", "E1", "AG", 1],
  ["5-9", "L0", "C1", "IH", 3], ["5-9", "L0", "C1", "AG", 3], ["5-9", "L0", "V2", "IH", 2], ["5-9", "L0", "V2", "REL", 1],
  ["5-9", "L1", "C1", "IH", 2], ["5-9", "L1", "C1", "AG", 2], ["5-9", "L1", "V2", "IH", 1], ["5-9", "L1", "V2", "AG", 1],
  ["5-9", "L2", "C2", "IH", 3], ["5-9", "L2", "C2", "AG", 5], ["5-9", "L2", "C2", "PAR", 1], ["5-9", "L2", "C2", "REL", 1], ["5-9", "L2", "E1", "IH", 4], ["5-9", "L2", "E1", "AG", 2],
  ["5-9", "L3", "C2", "IH", 7], ["5-9", "L3", "C2", "AG", 2], ["5-9", "L3", "C2", "REL", 1], ["5-9", "L3", "E1", "IH", 1], ["5-9", "L3", "E1", "AG", 3],
  ["5-9", "L4", "C2", "IH", 8], ["5-9", "L4", "C2", "AG", 7], ["5-9", "L4", "C2", "REL", 1],
  ["10-15", "L0", "C1", "IH", 4], ["10-15", "L0", "C1", "AG", 4], ["10-15", "L0", "C1", "RES", 2], ["10-15", "L0", "V2", "IH", 4], ["10-15", "L0", "V2", "AG", 3], ["10-15", "L0", "V2", "RES", 2], ["10-15", "L0", "V2", "REL", 1],
  ["10-15", "L1", "C1", "IH", 3], ["10-15", "L1", "C1", "AG", 4], ["10-15", "L1", "C1", "RES", 1], ["10-15", "L1", "C1", "REL", 1], ["10-15", "L1", "V2", "IH", 2], ["10-15", "L1", "V2", "AG", 2], ["10-15", "L1", "V2", "RES", 2], ["10-15", "L1", "C2", "IH", 2], ["10-15", "L1", "C2", "AG", 1],
  ["10-15", "L2", "C2", "IH", 13], ["10-15", "L2", "C2", "AG", 14], ["10-15", "L2", "C2", "RES", 6], ["10-15", "L2", "C2", "SEC", 1], ["10-15", "L2", "C1", "IH", 1], ["10-15", "L2", "C1", "AG", 1], ["10-15", "L2", "V2", "SCH", 1], ["10-15", "L2", "E1", "IH", 1],
  ["10-15", "L3", "C2", "IH", 8], ["10-15", "L3", "C2", "AG", 9], ["10-15", "L3", "C2", "RES", 2], ["10-15", "L3", "C2", "REL", 1],
  ["10-15", "L4", "C2", "IH", 19], ["10-15", "L4", "C2", "AG", 17], ["10-15", "L4", "C2", "RES", 5], ["10-15", "L4", "C2", "REL", 1], ["10-15", "L4", "E1", "IH", 1], ["10-15", "L4", "E1", "AG", 1],
  ["10-15", "L5", "C2", "IH", 6], ["10-15", "L5", "C2", "AG", 3], ["10-15", "L5", "C2", "RES", 1],
  ["16-17", "L0", "V2", "IND", 8], ["16-17", "L0", "V2", "IH", 2], ["16-17", "L0", "V2", "AG", 2], ["16-17", "L0", "C1", "IH", 1], ["16-17", "L0", "C1", "AG", 2], ["16-17", "L0", "C1", "RES", 1], ["16-17", "L0", "C1", "YOI", 2], ["16-17", "L0", "J1", "YOI", 2],
  ["16-17", "L1", "V2", "IND", 9], ["16-17", "L1", "V2", "AG", 2], ["16-17", "L1", "V2", "IH", 1], ["16-17", "L1", "C1", "AG", 2], ["16-17", "L1", "C1", "IH", 2], ["16-17", "L1", "C1", "YOI", 2], ["16-17", "L1", "C2", "IND", 1], ["16-17", "L1", "C2", "RES", 1],
  ["16-17", "L2", "C2", "IH", 3], ["16-17", "L2", "C2", "AG", 7], ["16-17", "L2", "C2", "IND", 10], ["16-17", "L2", "C2", "RES", 2], ["16-17", "L2", "C2", "YOI", 1], ["16-17", "L2", "V2", "IND", 5],
  ["16-17", "L3", "C2", "IH", 3], ["16-17", "L3", "C2", "AG", 1], ["16-17", "L3", "C2", "IND", 3], ["16-17", "L3", "C2", "RES", 1],
  ["16-17", "L4", "C2", "IH", 6], ["16-17", "L4", "C2", "AG", 4], ["16-17", "L4", "C2", "IND", 6],
  ["16-17", "L5", "C2", "IH", 4], ["16-17", "L5", "C2", "AG", 2], ["16-17", "L5", "C2", "IND", 2],
  ["16-17", "L6", "C2", "IH", 1],
];

export type StartRole = "jan-late" | "jan-10" | "dec-late" | "december" | "spring" | "feb-1" | "jan-18" | "july-2016" | "early-2016";
export type DobRole = "age-4-reception" | "y11-sep" | "y11-oct" | "y11-nov" | "y11-dec" | "sixteen-in-january";
export type StabilityRole = "stable" | "unstable" | "moves-in-january";
export type MovesRole = "three-both" | "three-at-R-only" | "three-at-previous-only";
export type VisitRole = "late-both" | "late-at-R" | "late-at-previous";
export type HealthRole = "both" | "at-R-only" | "at-previous-only" | "neither";

/** One child in care at R: the cell it fills and the roles it plays in each figure. */
export interface Slot {
  age: AgeBand;
  length: LengthBand;
  ls: string;
  category: PlacementCategory;
  start?: StartRole;
  dob?: DobRole;
  stability?: StabilityRole;
  moves?: MovesRole;
  visits?: VisitRole;
  health?: HealthRole;
  dental?: HealthRole;
  uasc?: boolean;
  temporaryStay?: boolean;
  child?: SynthChild;
}

export function expandCells(): Slot[] {
  const slots: Slot[] = [];
  for (const [age, length, ls, category, n] of CELLS) for (let i = 0; i < n; i += 1) slots.push({ age, length, ls, category });
  return slots;
}

const UNDER_16: readonly AgeBand[] = ["U1", "1-4", "5-9", "10-15"];
const LONG: readonly LengthBand[] = ["L3", "L4", "L5", "L6"];

/** Children in the long-term-stability cohort at R (under 16, in care since 01/08/2016 or earlier). */
export function inStabilityCohort(s: Slot): boolean {
  return UNDER_16.includes(s.age) && (LONG.includes(s.length) || s.start === "july-2016" || s.start === "early-2016");
}

/** In C12 at both R and R′ (care since 01/01/2018 or earlier, still in care at R). */
export function inContinuousCareAtBoth(s: Slot): boolean {
  return s.length !== "L0" && s.length !== "L1" && s.start !== "jan-18";
}

/**
 * Assign roles: picks `n` slots satisfying `test` that have no value yet for `key`, in a seeded
 * order, and gives them `value`. Throws when the design cannot be met (a bug in the counts).
 */
export function assign<K extends keyof Slot>(slots: Slot[], rng: Prng, key: K, value: Slot[K], n: number, test: (s: Slot) => boolean): Slot[] {
  const chosen = rng.shuffle(slots.filter((s) => s[key] === undefined && test(s))).slice(0, n);
  if (chosen.length < n) throw new Error(`cannot assign ${String(key)}=${String(value)}: ${chosen.length} of ${n}`);
  for (const s of chosen) s[key] = value;
  return chosen;
}

const AGE_RANGES: Record<AgeBand, [string, string]> = {
  U1: ["2018-02-01", "2019-01-31"],
  "1-4": ["2014-09-01", "2018-01-31"],
  "5-9": ["2009-02-01", "2014-01-31"],
  "10-15": ["2003-02-01", "2009-01-31"],
  "16-17": ["2001-02-01", "2002-08-31"],
};

const DOB_RANGES: Record<DobRole, [string, string]> = {
  "age-4-reception": ["2014-02-01", "2014-08-31"],
  "y11-sep": ["2002-09-01", "2002-09-30"],
  "y11-oct": ["2002-10-01", "2002-10-31"],
  "y11-nov": ["2002-11-01", "2002-11-30"],
  "y11-dec": ["2002-12-01", "2002-12-31"],
  "sixteen-in-january": ["2003-01-02", "2003-01-30"],
};

const START_RANGES: Record<LengthBand, [string, string]> = {
  L0: ["2018-07-01", "2018-11-25"],
  L1: ["2018-02-02", "2018-03-31"],
  L2: ["2016-08-02", "2017-12-31"],
  L3: ["2013-02-01", "2016-01-31"],
  L4: ["2008-02-01", "2013-01-31"],
  L5: ["2003-02-01", "2008-01-31"],
  L6: ["2001-02-01", "2003-01-31"],
};

const START_ROLE_RANGES: Record<StartRole, [string, string]> = {
  "jan-late": ["2019-01-25", "2019-01-31"],
  "jan-10": ["2019-01-10", "2019-01-10"],
  "dec-late": ["2018-12-27", "2018-12-31"],
  december: ["2018-12-03", "2018-12-21"],
  spring: ["2018-04-01", "2018-06-30"],
  "feb-1": ["2018-02-01", "2018-02-01"],
  "jan-18": ["2018-01-02", "2018-01-31"],
  "july-2016": ["2016-07-02", "2016-08-01"],
  "early-2016": ["2016-02-01", "2016-07-01"],
};

function between(rng: Prng, low: Day, high: Day): Day {
  return rng.int(low, high) as Day;
}

/** Date of birth, then the period start no earlier than birth. */
export function datesOf(s: Slot, rng: Prng): { dob: Day; start: Day } {
  let [startLow, startHigh] = (s.start ? START_ROLE_RANGES[s.start] : START_RANGES[s.length]).map(D) as [Day, Day];
  if (s.length === "L2" && s.start === undefined && s.age === "16-17") startLow = D("2016-02-01");
  if (s.moves === "three-both" && s.length === "L0") startHigh = D("2018-09-15");
  if (s.moves === "three-at-previous-only" && s.start === "jan-18") startHigh = D("2018-01-20");
  const [dobLow, dobHigh] = (s.dob ? DOB_RANGES[s.dob] : AGE_RANGES[s.age]).map(D) as [Day, Day];
  const dob = between(rng, dobLow, Math.min(dobHigh, startHigh) as Day);
  const start = between(rng, Math.max(startLow, dob) as Day, startHigh);
  return { dob, start };
}

interface Built {
  plan: PeriodPlan;
}

/** Move dates inside [low, high], at least `gap` days apart, in order. */
function moveDates(rng: Prng, low: Day, high: Day, n: number): Day[] {
  if (n === 0) return [];
  const span = high - low;
  if (span < n * 10) throw new Error(`no room for ${n} moves between ${low} and ${high}`);
  const step = Math.floor(span / n);
  return Array.from({ length: n }, (_, i) => between(rng, (low + i * step + (i === 0 ? 0 : 5)) as Day, (low + (i + 1) * step - 5) as Day));
}

/**
 * The spells and legal statuses of a child in care at R. Every change to a period that began
 * before 01/04/2016 is dated after it, so that the period's first episode (RNE S) is in the
 * data and the period start is known.
 */
export function planFor(s: Slot, dob: Day, start: Day, rng: Prng): Built {
  const earliestChange = Math.max(day(start, 14), day(DATA_START, 1)) as Day;
  const sixteenth = addYears(dob, 16);
  let moves: Day[] = [];
  switch (s.moves) {
    case "three-both":
      moves = start >= D("2018-02-01") ? moveDates(rng, day(start, 20), D("2018-12-20"), 2) : moveDates(rng, D("2018-02-15"), D("2018-12-15"), 2);
      break;
    case "three-at-R-only":
      moves = [...moveDates(rng, Math.max(day(start, 30), D("2018-07-15")) as Day, D("2018-11-30"), 1), between(rng, D("2019-01-05"), D("2019-01-20"))];
      break;
    case "three-at-previous-only":
      moves = s.start === "jan-18"
        ? [between(rng, day(start, 5), Math.max(day(start, 6), D("2018-01-28")) as Day), between(rng, D("2018-04-01"), D("2018-10-31"))]
        : [between(rng, D("2018-01-05"), D("2018-01-25")), between(rng, D("2018-05-01"), D("2018-10-31"))];
      break;
    default:
      if (s.stability === "moves-in-january") {
        moves = [between(rng, D("2019-01-07"), D("2019-01-21"))];
      } else if (s.stability === "stable") {
        if (s.category !== "IND" && start < D("2016-10-01") && rng.next() < 0.5) moves = [between(rng, earliestChange, D("2016-12-31"))];
      } else if (s.stability === "unstable") {
        moves = [between(rng, Math.max(D("2017-02-02"), earliestChange) as Day, D("2018-10-31"))];
      } else if (s.category === "PFA") {
        moves = [s.age === "U1" ? between(rng, Math.max(day(start, 100), D("2018-09-01")) as Day, D("2019-01-10")) : between(rng, D("2018-09-01"), D("2018-12-15"))];
      } else if (s.category === "IND") {
        // Independent living only from 16: a child who came in younger moved there later.
        if (start < sixteenth) {
          const from = Math.max(sixteenth, earliestChange) as Day;
          moves = [between(rng, from, Math.max(from, Math.min(day(from, 200), day(AS_AT, -20))) as Day)];
        }
      } else if (s.category === "YOI" && s.ls !== "J1") {
        moves = [between(rng, Math.max(day(start, 20), D("2018-08-01")) as Day, day(AS_AT, -5))];
      } else if (s.category === "SEC") {
        moves = [between(rng, D("2018-10-15"), D("2018-12-15"))];
      } else if (s.category === "PAR" && s.age !== "U1") {
        moves = [between(rng, day(start, 40), Math.max(day(start, 41), day(AS_AT, -30)) as Day)];
      } else if (s.start !== "jan-late" && s.start !== "jan-10" && s.start !== "dec-late" && rng.next() < 0.3) {
        const low = Math.max(day(start, 20), earliestChange, s.start === "jan-18" ? D("2018-02-05") : 0) as Day;
        const high = s.age === "16-17" || s.length === "L0" || s.length === "L1" || s.length === "L2" ? day(AS_AT, -10) : D("2016-12-31");
        if (high > low + 10) moves = [between(rng, low, high)];
      }
  }
  moves = moves.filter((m) => m > start).sort((a, b) => a - b);
  if (s.moves === "three-both" || s.moves === "three-at-R-only" || s.moves === "three-at-previous-only") {
    if (moves.length !== 2) throw new Error(`three placements need two moves (${s.age} ${s.length})`);
  }
  if (s.category === "IND" && moves.length === 0 && start < sixteenth) throw new Error("independent living before 16");

  const longTerm = s.length !== "L0" && s.length !== "L1" && s.stability !== "unstable" && s.moves === undefined;
  const current = placementOf(s.category, rng, { longTerm, fosteringForAdoption: s.ls === "E1" && (s.length === "L0" || s.length === "L1") });
  const spells: SpellPlan[] = [start, ...moves].map((date, i, all) => {
    const placement = i === all.length - 1 ? current : earlierPlacement(ageAt(dob, date), rng);
    return { ...placement, start: date, reasonPlaceChange: i === 0 ? undefined : rng.pick(PLACE_CHANGE_REASONS) };
  });

  const legal: { date: Day; ls: string }[] = [];
  const changeAt = (low: Day, high: Day): Day => {
    let date = between(rng, low, Math.max(low, high) as Day);
    while (moves.includes(date)) date = day(date, 1);
    return date;
  };
  if (s.ls === "C2" || s.ls === "E1") {
    if (start < DATA_START) {
      legal.push({ date: start, ls: "C2" });
      if (s.ls === "E1") legal.push({ date: changeAt(D("2016-06-01"), D("2017-12-31")), ls: "E1" });
    } else {
      legal.push({ date: start, ls: "C1" });
      const room = AS_AT - start;
      if (s.category === "PFA") {
        const movedIn = moves[0]!;
        legal.push({ date: changeAt(day(start, Math.floor((movedIn - start) / 3)), day(movedIn, -15)), ls: s.ls });
      } else {
        legal.push({ date: changeAt(day(start, Math.min(120, Math.floor(room * 0.5))), Math.min(day(start, 330), day(AS_AT, -10)) as Day), ls: s.ls });
      }
    }
  } else {
    legal.push({ date: start, ls: s.ls });
  }
  const temporary = s.temporaryStay ? [{ start: D("2018-05-14"), end: D("2018-05-18"), place: "T1" }] : undefined;
  return {
    plan: { spells, legal, temporary, end: null, rec: null, cin: s.uasc ? "N8" : rng.pick(["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6"]), homePostcode: homePostcode(rng) },
  };
}

/** Build the child of a slot (ids are given later). */
export function buildInCareChild(s: Slot, rng: Prng): SynthChild {
  const { dob, start } = datesOf(s, rng);
  const { plan } = planFor(s, dob, start, rng);
  const child = newChild("", dob, `in care at R: ${s.age} ${s.length} ${s.ls} ${s.category}`);
  child.episodes = toEpisodes(plan);
  if (s.uasc) child.uasc = { ceased: null };
  s.child = child;
  return child;
}
