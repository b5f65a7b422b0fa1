import { type Day, addYears, dayFromYmd, ukFromDay } from "../../src/dates/index.js";
import type { Activities } from "./activities.js";
import { ETHNICITY, accommodationCode, activityCode, sexCode } from "./codes.js";
import { type Range, type SimChild, type SimEpisode, careLeaverBirthdays } from "./history.js";
import type { Random } from "./random.js";

/**
 * Turns simulated children into each collection year's return (indicators.md §1.5): a year
 * holds the episodes open on or after its 1 April and starting by its 31 March; an episode
 * still open on 31 March is written open (DEC and REC blank) and closed again by the next
 * year that sees its end. Other tables hold the records dated in the year.
 */

export const COLUMNS = {
  header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
  episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
  reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
  uasc: ["CHILD", "SEX", "DOB", "DUC"],
  oc2: [
    "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
    "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
  ],
  oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
  ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
  placed_for_adoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
  previous_permanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
  missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
  visits: ["CHILD", "VISIT_DATE", "VISIT_TYPE", "SEEN", "SEEN_ALONE"],
  health_assessments: ["CHILD", "TYPE", "DATE", "REQUESTED"],
  peps: ["CHILD", "PEP_DATE"],
  pathway_plans: ["CHILD", "DOB", "CATEGORY", "CASE_OPEN", "CASE_CLOSED", "PLAN_DATE"],
} as const;

export type GeneratedTable = keyof typeof COLUMNS;
export const GENERATED_TABLES = Object.keys(COLUMNS) as GeneratedTable[];

export interface YearOut {
  label: string;
  endYear: number;
  start: Day;
  end: Day;
  rows: Record<GeneratedTable, string[]>;
}

export function emptyYear(label: string, endYear: number): YearOut {
  const rows = {} as Record<GeneratedTable, string[]>;
  for (const table of GENERATED_TABLES) rows[table] = [];
  return { label, endYear, start: dayFromYmd(endYear - 1, 4, 1), end: dayFromYmd(endYear, 3, 31), rows };
}

// DD/MM/YYYY texts are built once per day: the writer formats millions of dates.
const dateTexts = new Map<number, string>();
export function date903(d: Day | null): string {
  if (d === null) return "";
  let text = dateTexts.get(d);
  if (text === undefined) {
    text = ukFromDay(d);
    dateTexts.set(d, text);
  }
  return text;
}

/** Fixed facts of a child that every year repeats (header.csv). */
export interface ChildFacts {
  id: string;
  ethnic: string;
  upn: string;
  /** Date the young woman's own child was born, if she became a mother. */
  motherChildBorn: Day | null;
}

export function childFacts(random: Random, id: string, child: SimChild, range: Range): ChildFacts {
  const upn = `${random.pick(["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P"])}${String(random.int(0, 999_999_999)).padStart(9, "0")}${String(random.int(0, 999)).padStart(3, "0")}`;
  const fourteen = addYears(child.dob, 14);
  const motherChildBorn = !child.male && fourteen < range.end && random.chance(0.04) ? ((fourteen + random.int(0, 4 * 365)) as Day) : null;
  return { id, ethnic: random.weighted(ETHNICITY), upn: random.chance(0.97) ? upn : "UN1", motherChildBorn };
}

const inYear = (d: Day, year: YearOut) => d >= year.start && d <= year.end;
const flag = (on: boolean) => (on ? "1" : "0");

function episodeRow(id: string, e: SimEpisode, year: YearOut): string {
  const closed = e.dec !== null && e.dec <= year.end;
  return [
    id, date903(e.decom), e.rne, e.ls, e.cin, e.place, e.provider, closed ? date903(e.dec) : "", closed ? (e.rec ?? "") : "",
    e.reasonPlaceChange, e.homePost, e.postcode, e.urn,
  ].join(",");
}

function writeOc2(random: Random, facts: ChildFacts, child: SimChild, activities: Activities, year: YearOut, dob: string): string {
  const age = (year.end - child.dob) / 365.25;
  const inWindow = (type: string) => activities.health.some((h) => (type === "dental" ? h.type === "dental" : h.type !== "dental") && inYear(h.date, year));
  const sdqAge = age >= 4 && age < 17;
  const hasScore = sdqAge && random.chance(0.78);
  const score = hasScore ? String(Math.max(0, Math.min(40, Math.round(14 + 6 * (random.next() + random.next() + random.next() - 1.5) * 2)))) : "";
  const reason = sdqAge && !hasScore ? random.pick(["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"]) : "";
  const older = age >= 10;
  const substance = older && random.chance(0.04);
  const healthAssessment = inWindow("health");
  return [
    facts.id, dob, score, reason, older ? flag(random.chance(0.03)) : "", age < 5 ? flag(random.chance(0.88)) : "",
    flag(activities.immunised), flag(inWindow("dental")), flag(healthAssessment), older ? flag(substance) : "",
    substance ? flag(random.chance(0.6)) : "", substance ? flag(random.chance(0.8)) : "",
  ].join(",");
}

/** Appends every row this child contributes to each year's return. */
export function writeChild(random: Random, facts: ChildFacts, child: SimChild, activities: Activities, years: YearOut[], range: Range): void {
  const id = facts.id;
  const dob = date903(child.dob);
  const leaverBirthdays = careLeaverBirthdays(child, range);
  for (const year of years) {
    const rows = year.rows;
    let inReturn = false;
    for (const period of child.periods) {
      if (period.start > year.end || period.end < year.start) continue;
      for (const e of period.episodes) {
        if (e.decom > year.end || (e.dec !== null && e.dec < year.start)) continue;
        rows.episodes.push(episodeRow(id, e, year));
        inReturn = true;
      }
      if (period.outcome === "short-break") continue;
      if (period.start >= year.start && period.start <= year.end) {
        const known = random.chance(0.1);
        const prev = known ? random.pick(["P1", "P2", "P3", "P4"]) : "Z1";
        const when = known ? `ZZ/${String(random.int(1, 12)).padStart(2, "0")}/${String(random.int(2010, year.endYear - 1))}` : "ZZ/ZZ/ZZZZ";
        rows.previous_permanence.push([id, dob, prev, known ? String(random.int(201, 940)) : "", when].join(","));
      }
      const adoption = period.adoption;
      if (adoption && adoption.decision <= year.end && period.episodes.length > 0) {
        const adopted = period.end <= year.end;
        if (!adopted || period.end >= year.start)
          rows.placed_for_adoption.push([id, dob, date903(adoption.decision), adopted ? date903(period.end) : "", adopted ? "RD1" : ""].join(","));
        if (adopted && inYear(period.end, year)) {
          const couple = random.chance(0.85);
          rows.ad1.push(
            [
              id, dob, date903(adoption.decision), date903(adoption.match), flag(period.episodes.some((e) => e.place === "A5")), couple ? "2" : "1",
              couple ? random.weighted([["MF", 85], ["MM", 7], ["FF", 8]]) : random.weighted([["F1", 80], ["M1", 20]]),
              couple ? random.weighted([["L11", 70], ["L12", 15], ["L2", 15]]) : random.weighted([["L0", 60], ["L3", 30], ["L4", 10]]),
            ].join(","),
          );
        }
      }
      // OC2: looked after for the whole 12 months to 31 March.
      if (period.start <= year.start && period.end > year.end) rows.oc2.push(writeOc2(random, facts, child, activities, year, dob));
    }
    for (const birthday of leaverBirthdays) {
      if (!inYear(birthday, year)) continue;
      const inTouch = random.weighted([["YES", 90], ["NO", 5], ["REFU", 2], ["NREQ", 2], ["RHOM", 0.8], ["DIED", 0.2]]);
      const known = inTouch === "YES" || inTouch === "NREQ" || inTouch === "RHOM";
      rows.oc3.push([id, dob, inTouch, known ? activityCode(year.endYear, random) : "0", known ? accommodationCode(random) : "0"].join(","));
      inReturn = true;
    }
    if (!inReturn) continue;
    const twelve = addYears(child.dob, 12);
    const mother = child.male || twelve > year.end ? "" : flag(facts.motherChildBorn !== null && facts.motherChildBorn <= year.end);
    const motherDob = mother === "1" ? date903(facts.motherChildBorn) : "";
    const sex = sexCode(child.male, year.endYear);
    rows.header.push([id, sex, dob, facts.ethnic, facts.upn, mother, motherDob].join(","));
    if (child.kind === "uasc") {
      const eighteen = addYears(child.dob, 18);
      rows.uasc.push([id, sex, dob, eighteen <= year.end ? date903(eighteen) : ""].join(","));
    }
    for (const d of activities.reviews) {
      if (inYear(d, year)) rows.reviews.push([id, dob, date903(d), d < addYears(child.dob, 4) ? "PN0" : random.weighted([["PN1", 60], ["PN2", 5], ["PN3", 10], ["PN4", 10], ["PN5", 5], ["PN6", 3], ["PN7", 7]])].join(","));
    }
    for (const v of activities.visits) {
      if (inYear(v.date, year)) rows.visits.push([id, date903(v.date), v.statutory ? "statutory" : "other", v.seen ? "Y" : "N", v.seenAlone ? "Y" : "N"].join(","));
    }
    for (const h of activities.health) {
      if (inYear(h.date, year)) rows.health_assessments.push([id, h.type, date903(h.date), date903(h.requested)].join(","));
    }
    for (const d of activities.peps) if (inYear(d, year)) rows.peps.push(`${id},${date903(d)}`);
    for (const m of activities.missing) {
      if (inYear(m.start, year)) rows.missing.push([id, dob, m.kind, date903(m.start), m.end !== null && m.end <= year.end ? date903(m.end) : ""].join(","));
    }
  }
  // Pathway plans are a local table: each year holds the plans dated in it, whether or not the young person is in the 903.
  for (const year of years) {
    for (const plan of activities.pathwayPlans) {
      if (!inYear(plan.date, year)) continue;
      const closed = plan.caseClosed !== null && plan.caseClosed <= year.end ? date903(plan.caseClosed) : "";
      year.rows.pathway_plans.push([id, dob, plan.category, date903(plan.caseOpen), closed, date903(plan.date)].join(","));
    }
  }
}
