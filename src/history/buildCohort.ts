import { type Day, ukFromDay } from "../dates/day.js";
import type { ChildRecord, Cohort, Episode, PathwayPlanPerson } from "../model/cohort.js";
import { type DataIssue, type SourceRef, compareIssues, compareText } from "../model/issue.js";
import type { EpisodeRecord } from "../model/records.js";
import type { Return903 } from "../model/return903.js";
import { compareEpisodes } from "./episodeOrder.js";
import { EPISODE_INDICATORS } from "./episodeIndicators.js";

/**
 * Stitch every collection year of a return into one history per child (indicators.md §1.5).
 *
 * Episodes are keyed by (CHILD, DECOM): when a key appears in several years only the rows of
 * the latest year holding it are kept (all of them: a zero-length episode and its same-day
 * successor share a key). Other tables keep one record per their key, the last in read order.
 * Returns the cross-record warnings that only the stitched history shows.
 */
export function buildCohort(input: Return903): { cohort: Cohort; issues: DataIssue[] } {
  const children = new Map<string, ChildBuilder>();
  const child = (id: string): ChildBuilder => {
    let c = children.get(id);
    if (!c) {
      c = newChild(id);
      children.set(id, c);
    }
    return c;
  };
  const issues = new IssueCollector();
  const lastYearIndex = input.years.length - 1;

  // Episodes: the latest year holding a key wins. Rows are grouped by child first, so that the
  // key is a DECOM within one child's rows rather than a string built for every row.
  const episodeRows = new Map<string, { row: EpisodeRecord; yearIndex: number }[]>();
  input.years.forEach((year, yearIndex) => {
    for (const row of year.records.episodes) {
      const rows = episodeRows.get(row.childId);
      if (rows) rows.push({ row, yearIndex });
      else episodeRows.set(row.childId, [{ row, yearIndex }]);
    }
  });
  for (const [childId, rows] of episodeRows) {
    const latestYearOfStart = new Map<number, number>();
    for (const { row, yearIndex } of rows) latestYearOfStart.set(row.start, yearIndex); // rows are in year order
    for (const { row: e, yearIndex } of rows) {
      if (latestYearOfStart.get(e.start) !== yearIndex) continue;
      const year = input.years[yearIndex]!;
      const stale = e.end === null && yearIndex < lastYearIndex;
      if (stale) issues.add("stale-open-episode", e.source, `episode of child ${e.childId} starting ${isoLike(e)} is open in ${year.label ?? "this return"} and no later year repeats it`);
      child(childId).episodes.push(toEpisode(e, stale, year.endYear));
    }
  }

  // DOB fallback order (data.md §4.1): latest year first, then table order.
  const dobTables = ["reviews", "uasc", "oc2", "oc3", "ad1", "placed_for_adoption", "previous_permanence", "missing", "sw_episodes"] as const;

  input.years.forEach((year) => {
    const r = year.records;
    for (const h of r.header) {
      const c = child(h.childId);
      c.hasHeader = true;
      c.dateOfBirth = h.dateOfBirth;
      c.sex = h.sex;
      c.ethnicity = h.ethnicity;
    }
    for (const rv of r.reviews) child(rv.childId).reviewDays.add(rv.date);
    for (const u of r.uasc) child(u.childId).uasc = { ceased: u.ceased };
    const oc2ThisYear = new Map<string, (typeof r.oc2)[number]>();
    for (const o of r.oc2) oc2ThisYear.set(o.childId, o);
    for (const [id, o] of oc2ThisYear) child(id).oc2.push(withEndYear(o, year.endYear));
    const oc3ThisYear = new Map<string, (typeof r.oc3)[number]>();
    for (const o of r.oc3) oc3ThisYear.set(o.childId, o);
    for (const [id, o] of oc3ThisYear) child(id).oc3.push(withEndYear(o, year.endYear));
    for (const a of r.ad1) child(a.childId).ad1 = a;
    for (const m of r.missing) child(m.childId).missing.set(`${m.kind}\u0000${m.start}`, m);
    for (const p of r.placed_for_adoption) child(p.childId).placedForAdoption.set(p.datePlaced, p);
    for (const p of r.previous_permanence) child(p.childId);
    for (const s of r.sw_episodes) child(s.childId);
    for (const v of r.visits) child(v.childId).visits.push(v);
    for (const h of r.health_assessments) child(h.childId).healthAssessments.set(`${h.type}\u0000${h.date}`, h);
    for (const p of r.peps) child(p.childId).pepDays.add(p.date);
    for (const p of r.pathway_plans) {
      const c = child(p.childId);
      const previous = c.pathwayPlan;
      c.pathwayPlan = {
        dateOfBirth: p.dateOfBirth,
        category: p.category,
        caseOpen: p.caseOpen,
        caseClosed: p.caseClosed,
        planDates: previous?.planDates ?? [],
      };
      if (p.planDate !== null) c.pathwayPlan.planDates.push(p.planDate);
    }
  });
  for (let y = input.years.length - 1; y >= 0; y -= 1) {
    const r = input.years[y]!.records;
    for (const table of dobTables) {
      for (const rec of r[table]) {
        const c = child(rec.childId);
        if (c.fallbackDateOfBirth === null && rec.dateOfBirth !== null) c.fallbackDateOfBirth = rec.dateOfBirth;
      }
    }
  }

  const records: ChildRecord[] = [];
  for (const c of children.values()) {
    c.episodes.sort(compareEpisodes);
    checkEpisodes(c, issues);
    records.push(finish(c));
  }
  records.sort((a, b) => compareText(a.childId, b.childId));
  const cohort: Cohort = {
    years: input.years.map((y) => ({ label: y.label, endYear: y.endYear, tables: [...y.tables] })),
    children: records,
  };
  return { cohort, issues: issues.list() };
}

/** `{ ...row, endYear }` built by assignment onto a fresh object, so that rows share a hidden class (see toEpisode). */
function withEndYear<T extends object>(row: T, endYear: number | null): T & { endYear: number | null } {
  return Object.assign({}, row, { endYear });
}

function isoLike(e: EpisodeRecord): string {
  return ukFromDay(e.start);
}

interface ChildBuilder {
  childId: string;
  hasHeader: boolean;
  dateOfBirth: Day | null;
  fallbackDateOfBirth: Day | null;
  sex: string | null;
  ethnicity: string | null;
  episodes: Episode[];
  reviewDays: Set<Day>;
  uasc: { ceased: Day | null } | null;
  oc2: ChildRecord["oc2"];
  oc3: ChildRecord["oc3"];
  ad1: ChildRecord["ad1"];
  missing: Map<string, ChildRecord["missing"][number]>;
  placedForAdoption: Map<number, ChildRecord["placedForAdoption"][number]>;
  visits: ChildRecord["visits"];
  healthAssessments: Map<string, ChildRecord["healthAssessments"][number]>;
  pepDays: Set<Day>;
  pathwayPlan: PathwayPlanPerson | null;
}

function newChild(childId: string): ChildBuilder {
  return {
    childId, hasHeader: false, dateOfBirth: null, fallbackDateOfBirth: null, sex: null, ethnicity: null,
    episodes: [], reviewDays: new Set(), uasc: null, oc2: [], oc3: [], ad1: null, missing: new Map(),
    placedForAdoption: new Map(), visits: [], healthAssessments: new Map(), pepDays: new Set(), pathwayPlan: null,
  };
}

const ascending = (a: number, b: number) => a - b;

function finish(c: ChildBuilder): ChildRecord {
  return {
    childId: c.childId,
    dateOfBirth: c.dateOfBirth ?? c.fallbackDateOfBirth,
    sex: c.sex,
    ethnicity: c.ethnicity,
    hasHeader: c.hasHeader,
    episodes: c.episodes,
    reviews: [...c.reviewDays].sort(ascending),
    uasc: c.uasc,
    oc2: c.oc2,
    oc3: c.oc3,
    ad1: c.ad1,
    missing: [...c.missing.values()].sort((a, b) => a.start - b.start || a.readOrder - b.readOrder),
    placedForAdoption: [...c.placedForAdoption.values()].sort((a, b) => a.datePlaced - b.datePlaced),
    visits: c.visits.sort((a, b) => a.date - b.date || a.readOrder - b.readOrder),
    healthAssessments: [...c.healthAssessments.values()].sort((a, b) => a.date - b.date || a.readOrder - b.readOrder),
    peps: [...c.pepDays].sort(ascending),
    pathwayPlan: c.pathwayPlan ? { ...c.pathwayPlan, planDates: [...new Set(c.pathwayPlan.planDates)].sort(ascending) } : null,
  };
}

/** Upper-case, no spaces (§1.8 rule 3); URN XXXXXXX counts as absent. */
export function normalisePostcode(postcode: string | null): string | null {
  if (postcode === null) return null;
  const p = postcode.replace(/\s+/g, "").toUpperCase();
  return p === "" ? null : p;
}
export function normaliseUrn(urn: string | null): string | null {
  if (urn === null) return null;
  const u = urn.trim().toUpperCase();
  return u === "" || u === "XXXXXXX" ? null : u;
}

/**
 * Every field written out, in one order, rather than `{ ...e }`: spread copies here left each
 * episode with a hidden class of its own, which made every later field read slow.
 */
function toEpisode(e: EpisodeRecord, stale: boolean, endYear: number | null): Episode {
  return {
    childId: e.childId,
    source: e.source,
    readOrder: e.readOrder,
    start: e.start,
    end: e.end,
    reasonForNewEpisode: e.reasonForNewEpisode,
    legalStatus: e.legalStatus,
    categoryOfNeed: e.categoryOfNeed,
    placementType: e.placementType,
    placementProvider: e.placementProvider,
    endReason: e.end === null ? null : e.endReason,
    placementChangeReason: e.placementChangeReason,
    homePostcode: e.homePostcode,
    placementPostcode: normalisePostcode(e.placementPostcode),
    urn: normaliseUrn(e.urn),
    stale,
    endYear,
  };
}

/** overlapping-episodes and x1-without-successor (data.md §4): kept, reported once per file. */
function checkEpisodes(c: ChildBuilder, issues: IssueCollector): void {
  const eps = c.episodes;
  const starts = new Set(eps.map((e) => e.start));
  let reachedEnd = -Infinity; // the latest day covered so far (exclusive end)
  for (const e of eps) {
    const zeroLength = e.end !== null && e.end === e.start;
    if (!zeroLength && e.start < reachedEnd) {
      issues.add("overlapping-episodes", e.source, `episodes of child ${c.childId} cover the same day`);
    }
    if (!zeroLength) reachedEnd = Math.max(reachedEnd, e.end === null ? Infinity : e.end);
    if (e.endReason === "X1" && e.end !== null && !startsOnOtherEpisode(eps, e, starts)) {
      issues.add("x1-without-successor", e.source, `episode of child ${c.childId} ends with REC X1 but no episode starts on its DEC`);
    }
  }
}

function startsOnOtherEpisode(eps: Episode[], e: Episode, starts: Set<number>): boolean {
  if (!starts.has(e.end!)) return false;
  return eps.some((o) => o !== e && o.start === e.end);
}

/**
 * Collects cross-record warnings. Warnings that repeat the same code in one file are reported
 * once, at the first line, with the count in the message (data.md §3).
 */
class IssueCollector {
  private readonly byKey = new Map<string, { first: SourceRef; message: string; count: number; code: DataIssue["code"] }>();

  add(code: DataIssue["code"], source: SourceRef, message: string): void {
    const key = `${source.file}\u0000${code}`;
    const seen = this.byKey.get(key);
    if (!seen) this.byKey.set(key, { first: source, message, count: 1, code });
    else {
      seen.count += 1;
      if (source.line < seen.first.line) {
        seen.first = source;
        seen.message = message;
      }
    }
  }

  list(): DataIssue[] {
    const out: DataIssue[] = [];
    for (const { first, message, count, code } of this.byKey.values()) {
      out.push({
        code,
        severity: "warning",
        file: first.file,
        line: first.line,
        column: null,
        message: count > 1 ? `${message} (${count} records in this file)` : message,
        indicators: [...EPISODE_INDICATORS],
      });
    }
    return out.sort(compareIssues);
  }
}
