import { type Day, ukFromDay } from "../dates/day.js";
import { childIdsOf, eachChildRun, type IdCursor, type SortedIds } from "../model/childIds.js";
import { type DatedRecord, DatedRows, HEALTH_ASSESSMENT_CODEC, PEP_CODEC, REVIEW_CODEC, VISIT_CODEC } from "../model/childRows.js";
import type { ChildRecord, Cohort } from "../model/cohort.js";
import { CohortEpisodesBuilder } from "../model/cohortEpisodes.js";
import { HeaderRows } from "../model/headerRows.js";
import { type DataIssue, type SourceRef, compareIssues, compareText, foldWarnings } from "../model/issue.js";
import type { EpisodeRecord, TableRecords } from "../model/records.js";
import type { Return903 } from "../model/return903.js";
import { exactSize, lastOfEachKey, none, pushed, sortedBy } from "../numbers/lists.js";
import { ascending, isSorted } from "../numbers/search.js";
import { childRowsOf } from "./childRowsOf.js";
import { compareEpisodes } from "./episodeOrder.js";

/**
 * Stitch every collection year of a return into one history per child (indicators.md §1.5).
 *
 * Episodes are keyed by (CHILD, DECOM): when a key appears in several years only the rows of
 * the latest year holding it are kept (all of them: a zero-length episode and its same-day
 * successor share a key). Other tables keep one record per their key, the last in read order.
 * Returns the cross-record warnings that only the stitched history shows.
 *
 * One pass over the rows files each under its child (indexed loops: a for-of over a national
 * table's records kept making iterator objects); keys are resolved per child when it is
 * finished (sorting its few rows), not through a Map or Set per child: this runs over every
 * row of a national return.
 *
 * @example
 * ```ts
 * const { return903 } = parseReturn903(files);
 * const { cohort, issues } = buildCohort(return903); // issues: overlapping episodes and the like
 * ```
 */
export function buildCohort(input: Return903, options: BuildCohortOptions = {}): { cohort: Cohort; issues: DataIssue[] } {
  const ids = childIdsOf(input.years);
  const children = new CohortFiling(ids);
  input.years.forEach((year, yearIndex) => fileRows(children, year.records, yearIndex, year.endYear));
  // The dated tables' rows are placed by position, not filed per child (childRowsOf).
  const visitFiles = input.years.map((y) => y.records.visits);
  const assessmentFiles = input.years.map((y) => y.records.health_assessments);
  const visitPositions = positionsOfRows(children, visitFiles);
  const assessmentPositions = positionsOfRows(children, assessmentFiles);
  // Every row read is the most the cohort keeps (a key in several years keeps one year's rows).
  const episodes = new CohortEpisodesBuilder(input.years.reduce((total, year) => total + year.records.episodes.length, 0));
  if (options.consume) for (const year of input.years) releaseCopiedTables(year.records);
  const issues = new IssueCollector(options.episodeReaders ?? []);
  const records = children.finishEach((record, position) => finish(children, record, position, input, issues, episodes));
  const cohort: Cohort = {
    years: input.years.map((y) => ({ label: y.label, endYear: y.endYear, tables: [...y.tables] })),
    children: records,
    episodes: episodes.finish(records.length),
    visits: childRowsOf(VISIT_CODEC, visitFiles, visitPositions, ids.length, null),
    // One assessment per DATE and TYPE: the last in read order.
    healthAssessments: childRowsOf(HEALTH_ASSESSMENT_CODEC, assessmentFiles, assessmentPositions, ids.length, (a, b, rows) => rows.date[a]! - rows.date[b]! || rows.code[a]! - rows.code[b]!),
  };
  return { cohort, issues: issues.list() };
}

export interface BuildCohortOptions {
  /**
   * The caller hands the return over and will not read it again (`loadReturn903` when it does
   * not reconcile): the tables the cohort copies from (episodes, header, reviews, PEPs, visits, health assessments) are emptied in `input`, and
   * each child's other episode rows let go once its episodes are built, so a national return's
   * rows and its cohort are not both held whole at the peak.
   */
  consume?: boolean;
  /**
   * The indicators an episode warning of the stitching names (data.md §7 `indicators`): those
   * that read episodes.csv, which the indicators declare (`loadReturn903` passes them). Default: none.
   */
  episodeReaders?: readonly string[];
}

/** Empties the tables whose rows the cohort copies rather than keeps (the others' records live on in it). */
function releaseCopiedTables(records: TableRecords): void {
  records.episodes = [];
  records.header = HeaderRows.empty();
  records.reviews = DatedRows.empty(REVIEW_CODEC);
  records.peps = DatedRows.empty(PEP_CODEC);
  records.visits = DatedRows.empty(VISIT_CODEC);
  records.health_assessments = DatedRows.empty(HEALTH_ASSESSMENT_CODEC);
}

/** The cohort position of each row of a dated table's files, taken one after another (a child's record is made for each child named). */
function positionsOfRows(children: CohortFiling, files: readonly DatedRows<DatedRecord>[]): Int32Array {
  const positions = new Int32Array(files.reduce((total, rows) => total + rows.length, 0));
  let at = 0;
  for (const rows of files) {
    rows.eachRun((childId, first, end) => positions.fill(children.at(childId), at + first, at + end));
    at += rows.length;
  }
  return positions;
}

/** Tables whose DOB stands in for a missing header, in the fallback order of data.md §4.1 (after the latest year first). */
const DOB_TABLES = ["reviews", "uasc", "oc2", "oc3", "ad1", "placed_for_adoption", "previous_permanence", "missing", "sw_episodes"] as const;

/**
 * File one year's rows under their children. Rows arrive in read order, so "last in read order"
 * is "last pushed"; the DOB fallback ranks a candidate by (later year, earlier table, earlier row).
 */
function fileRows(children: CohortFiling, r: TableRecords, yearIndex: number, endYear: number | null): void {
  eachChildRun(r.episodes, (childId, first, end) => children.fileEpisodes(children.at(childId), r.episodes, first, end, yearIndex));
  const { runIds, runEnds, columns: header } = r.header;
  for (let run = 0; run < runIds.length; run += 1) {
    const c = children.record(children.at(runIds[run]!));
    const k = runEnds[run]! - 1; // the last row of the child's run: the last in read order wins
    c.hasHeader = true;
    c.dateOfBirth = header.dateOfBirth[k]! as Day;
    c.sex = header.sex[k]!;
    c.ethnicity = header.ethnicity[k]!;
  }
  const dobRank = (table: (typeof DOB_TABLES)[number]) => yearIndex * DOB_TABLES.length + (DOB_TABLES.length - 1 - DOB_TABLES.indexOf(table));
  let rank = dobRank("reviews");
  const { reviews } = r;
  reviews.eachRun((childId, first, end) => {
    const p = children.at(childId);
    const c = children.record(p);
    for (let k = first; k < end; k += 1) {
      c.reviews = pushed(c.reviews, reviews.date[k]! as Day);
      children.offerDateOfBirth(p, reviews.secondDayAt(k), rank);
    }
  });
  rank = dobRank("uasc");
  for (let k = 0; k < r.uasc.length; k += 1) {
    const u = r.uasc[k]!;
    const p = children.at(u.childId);
    children.record(p).uasc = { ceased: u.ceased };
    children.offerDateOfBirth(p, u.dateOfBirth, rank);
  }
  rank = dobRank("oc2");
  for (let k = 0; k < r.oc2.length; k += 1) {
    const o = r.oc2[k]!;
    const p = children.at(o.childId);
    const c = children.record(p);
    if (children.oc2Year[p] === yearIndex) c.oc2.pop(); // one per year: the last row
    c.oc2 = pushed(c.oc2, withEndYear(o, endYear));
    children.oc2Year[p] = yearIndex;
    children.offerDateOfBirth(p, o.dateOfBirth, rank);
  }
  rank = dobRank("oc3");
  for (let k = 0; k < r.oc3.length; k += 1) {
    const o = r.oc3[k]!;
    const p = children.at(o.childId);
    const c = children.record(p);
    if (children.oc3Year[p] === yearIndex) c.oc3.pop();
    c.oc3 = pushed(c.oc3, withEndYear(o, endYear));
    children.oc3Year[p] = yearIndex;
    children.offerDateOfBirth(p, o.dateOfBirth, rank);
  }
  rank = dobRank("ad1");
  for (let k = 0; k < r.ad1.length; k += 1) {
    const a = r.ad1[k]!;
    const p = children.at(a.childId);
    children.record(p).ad1 = a;
    children.offerDateOfBirth(p, a.dateOfBirth, rank);
  }
  rank = dobRank("placed_for_adoption");
  for (let k = 0; k < r.placed_for_adoption.length; k += 1) {
    const pa = r.placed_for_adoption[k]!;
    const p = children.at(pa.childId);
    const c = children.record(p);
    c.placedForAdoption = pushed(c.placedForAdoption, pa);
    children.offerDateOfBirth(p, pa.dateOfBirth, rank);
  }
  rank = dobRank("previous_permanence");
  for (let k = 0; k < r.previous_permanence.length; k += 1) {
    const pp = r.previous_permanence[k]!;
    children.offerDateOfBirth(children.at(pp.childId), pp.dateOfBirth, rank);
  }
  rank = dobRank("missing");
  for (let k = 0; k < r.missing.length; k += 1) {
    const m = r.missing[k]!;
    const p = children.at(m.childId);
    const c = children.record(p);
    c.missing = pushed(c.missing, m);
    children.offerDateOfBirth(p, m.dateOfBirth, rank);
  }
  rank = dobRank("sw_episodes");
  for (let k = 0; k < r.sw_episodes.length; k += 1) {
    const sw = r.sw_episodes[k]!;
    children.offerDateOfBirth(children.at(sw.childId), sw.dateOfBirth, rank);
  }
  const { peps } = r;
  peps.eachRun((childId, first, end) => {
    const c = children.record(children.at(childId));
    for (let k = first; k < end; k += 1) c.peps = pushed(c.peps, peps.date[k]! as Day);
  });
  for (let k = 0; k < r.pathway_plans.length; k += 1) {
    const pw = r.pathway_plans[k]!;
    const c = children.record(children.at(pw.childId));
    const planDates = c.pathwayPlan?.planDates ?? [];
    if (pw.planDate !== null) planDates.push(pw.planDate);
    c.pathwayPlan = { dateOfBirth: pw.dateOfBirth, category: pw.category, caseOpen: pw.caseOpen, caseClosed: pw.caseClosed, planDates };
  }
}

/** `{ ...row, endYear }` built by assignment onto a fresh object, so that rows share a hidden class. */
function withEndYear<T extends object>(row: T, endYear: number | null): T & { endYear: number | null } {
  return Object.assign({}, row, { endYear });
}

/** A child's record while the years are filed: the cohort's own record, filled in place. */
type FilingRecord = ChildRecord;

/**
 * Every child any row names, at its position in id order (`childIdsOf`), so the cohort comes
 * out sorted; consecutive rows of one child (files are usually grouped by child) skip the lookup.
 *
 * Each child's record is made once, in its final shape, and filled in place; what only the
 * filing needs (the DOB standing in for a missing header, which year's OC2 and OC3 row came
 * last, the year of each episode row) is kept by position in typed columns, so a national
 * return makes no builder object per child to throw away once its record is done.
 */
class CohortFiling {
  private readonly records: (FilingRecord | undefined)[];
  /** The DOB that stands in for a missing header (NaN: none), and its rank (see fileRows; −1: none). */
  private readonly fallbackDateOfBirth: Float64Array;
  private readonly fallbackRank: Int32Array;
  /** The year of each child's last OC2 and OC3 row (−1: none), so that a year keeps its last row. */
  readonly oc2Year: Int32Array;
  readonly oc3Year: Int32Array;
  /**
   * The year each episode row of a child came from, for the children with a row from a year after
   * the first: no entry while every row is from the first year (a single return), which is then every row's.
   */
  private readonly episodeYears: (number[] | undefined)[];
  /** Each child's episode rows in read order, until `finish` stitches them into the cohort's columns. */
  private readonly episodeRows: (EpisodeRecord[] | undefined)[];
  /** One cursor for every file: a file starting below the last id found costs one binary search. */
  private readonly cursor: IdCursor;
  private lastId: string | null = null;
  private lastPosition = -1;

  constructor(private readonly ids: SortedIds) {
    this.records = new Array<FilingRecord | undefined>(ids.length);
    this.fallbackDateOfBirth = new Float64Array(ids.length).fill(Number.NaN);
    this.fallbackRank = new Int32Array(ids.length).fill(-1);
    this.oc2Year = new Int32Array(ids.length).fill(-1);
    this.oc3Year = new Int32Array(ids.length).fill(-1);
    // By position rather than a map: with several years most children have an entry.
    this.episodeYears = new Array<number[] | undefined>(ids.length);
    this.episodeRows = new Array<EpisodeRecord[] | undefined>(ids.length);
    this.cursor = ids.cursor();
  }

  /** The child's position, its record made on first sight. */
  at(childId: string): number {
    if (this.lastId === childId) return this.lastPosition;
    const position = this.cursor.positionOf(childId);
    // Every id of the return is listed, so position is never -1; the listed string is kept (one per child).
    this.records[position] ??= newRecord(this.ids.ids[position]!);
    this.lastId = childId;
    this.lastPosition = position;
    return position;
  }

  /** The record of a position `at` has given. */
  record(position: number): FilingRecord {
    return this.records[position]!;
  }

  /** Offers a DOB from another table: kept when it outranks the one kept so far (fileRows). */
  offerDateOfBirth(position: number, dateOfBirth: Day | null, rank: number): void {
    if (dateOfBirth !== null && rank > this.fallbackRank[position]!) {
      this.fallbackDateOfBirth[position] = dateOfBirth;
      this.fallbackRank[position] = rank;
    }
  }

  /** The DOB that stands in for a missing header, or null. */
  fallbackDateOfBirthOf(position: number): Day | null {
    const day = this.fallbackDateOfBirth[position]!;
    return Number.isNaN(day) ? null : (day as Day);
  }

  /** Files `rows[first … end − 1]` of year `yearIndex` under the child at `position` (a child's first run is one slice, not a push per row). */
  fileEpisodes(position: number, rows: readonly EpisodeRecord[], first: number, end: number, yearIndex: number): void {
    const held = this.episodeRows[position];
    this.noteEpisodeYear(position, held?.length ?? 0, yearIndex, end - first);
    if (held === undefined) this.episodeRows[position] = rows.slice(first, end);
    else for (let k = first; k < end; k += 1) held.push(rows[k]!);
  }

  /** The child's episode rows in read order. */
  episodeRowsOf(position: number): EpisodeRecord[] {
    return this.episodeRows[position] ?? none();
  }

  /**
   * Notes that `count` episode rows of year `yearIndex` follow the child's `held` rows so far:
   * nothing while every row is from the first year; the years are written down once a later one's row comes.
   */
  private noteEpisodeYear(position: number, held: number, yearIndex: number, count: number): void {
    let years = this.episodeYears[position];
    if (years === undefined) {
      if (yearIndex === 0) return;
      years = this.episodeYears[position] = new Array<number>(held).fill(0);
    }
    for (let k = 0; k < count; k += 1) years.push(yearIndex);
  }

  /** The year of each of the child's episode rows, or undefined when every row is from the first year. */
  episodeYearsOf(position: number): readonly number[] | undefined {
    return this.episodeYears[position];
  }

  /** The records, in id order, each finished by `finish`; each is let go here once finished. */
  finishEach(finish: (record: FilingRecord, position: number) => ChildRecord): ChildRecord[] {
    const records = this.records;
    const finished: ChildRecord[] = [];
    for (let i = 0; i < records.length; i += 1) {
      finished.push(finish(records[i]!, i));
      records[i] = undefined;
      this.episodeYears[i] = undefined;
      this.episodeRows[i] = undefined;
    }
    this.lastId = null;
    return finished;
  }
}

/** A record with nothing filed, its fields in `ChildRecord`'s order (one hidden class for all). */
function newRecord(childId: string): FilingRecord {
  return {
    childId, dateOfBirth: null, sex: null, ethnicity: null, hasHeader: false, reviews: none(), uasc: null,
    oc2: none(), oc3: none(), ad1: null, missing: none(), placedForAdoption: none(), peps: none(), pathwayPlan: null,
  };
}

/** The filed record made the cohort's: its episodes stitched into `episodes`, its lists in order and sized, in place. */
function finish(filing: CohortFiling, child: FilingRecord, position: number, input: Return903, issues: IssueCollector, episodes: CohortEpisodesBuilder): ChildRecord {
  const kept = stitchEpisodes(filing.episodeRowsOf(position), filing.episodeYearsOf(position), input, issues, episodes);
  checkEpisodes(child.childId, kept, issues);
  child.dateOfBirth ??= filing.fallbackDateOfBirthOf(position);
  child.reviews = exactSize(distinctAscending(child.reviews));
  child.oc2 = exactSize(child.oc2);
  child.oc3 = exactSize(child.oc3);
  child.missing = sortedBy(lastOfEachKey(child.missing, (a, b) => a.start - b.start || compareText(a.kind, b.kind)), (a, b) => a.start - b.start || a.readOrder - b.readOrder);
  child.placedForAdoption = lastOfEachKey(child.placedForAdoption, (a, b) => a.datePlaced - b.datePlaced);
  child.peps = exactSize(distinctAscending(child.peps));
  // The last row's plan (made for this child alone) takes every PLAN_DATE, in order.
  if (child.pathwayPlan !== null) child.pathwayPlan.planDates = distinctAscending(child.pathwayPlan.planDates);
  return child;
}

/**
 * The child's episodes, in chaining order, written to `out` as the child's rows: of the rows
 * sharing a DECOM only those of the latest year holding it; an open one from an earlier year is
 * stale, and said so (data.md §4). `years` is the year of each row, absent when every row is
 * from the first year. Returns the rows kept.
 */
function stitchEpisodes(rows: EpisodeRecord[], years: readonly number[] | undefined, input: Return903, issues: IssueCollector, out: CohortEpisodesBuilder): EpisodeRecord[] {
  const kept = keptRows(rows, years);
  const count = kept === null ? rows.length : kept.length;
  for (let k = 0; k < count; k += 1) {
    const i = kept === null ? k : kept[k]!;
    const e = rows[i]!;
    const yearIndex = years === undefined ? 0 : years[i]!;
    const year = input.years[yearIndex]!;
    const stale = e.end === null && yearIndex < input.years.length - 1;
    if (stale) issues.add("stale-open-episode", e, e.childId, `an episode starting ${ukFromDay(e.start)} is open in ${year.label ?? "this return"} and no later year repeats it`);
    out.push(e, normalisePostcode(e.placementPostcode), normaliseUrn(e.urn), stale, year.endYear);
  }
  out.endChild();
  return kept === null ? rows : kept.map((i) => rows[i]!);
}

/** The indexes of the rows kept, in chaining order (`stitchEpisodes`); null: every row, in the order given. */
function keptRows(rows: readonly EpisodeRecord[], years: readonly number[] | undefined): readonly number[] | null {
  // The usual case: every row from one year, already in chaining order (a file sorted by child and DECOM).
  if (years === undefined && isSorted(rows, compareEpisodes)) return null;
  const order = rows.map((_, i) => i);
  if (!isSorted(order, (i, j) => compareEpisodes(rows[i]!, rows[j]!) || i - j)) order.sort((i, j) => compareEpisodes(rows[i]!, rows[j]!) || i - j);
  if (years === undefined) return order;
  const kept: number[] = [];
  for (let k = 0; k < order.length; ) {
    // Rows sharing a DECOM are neighbours in chaining order.
    let groupEnd = k;
    let latestYear = -1;
    while (groupEnd < order.length && rows[order[groupEnd]!]!.start === rows[order[k]!]!.start) {
      latestYear = Math.max(latestYear, years[order[groupEnd]!]!);
      groupEnd += 1;
    }
    for (; k < groupEnd; k += 1) if (years[order[k]!] === latestYear) kept.push(order[k]!);
  }
  return kept;
}

/**
 * Sorts days in place. A child's few days (reviews, PEPs) mostly come in date order: they are
 * checked, or put in order by insertion, since `Array.prototype.sort` allocates for every call
 * and this runs for every child.
 */
function sortDays(days: Day[]): void {
  if (days.length > 32) {
    days.sort(ascending);
    return;
  }
  for (let i = 1; i < days.length; i += 1) {
    const day = days[i]!;
    let j = i - 1;
    for (; j >= 0 && days[j]! > day; j -= 1) days[j + 1] = days[j]!;
    days[j + 1] = day;
  }
}

/** The distinct days, ascending (sorted in place). */
function distinctAscending(days: Day[]): Day[] {
  if (days.length < 2) return days;
  sortDays(days);
  let kept = 1;
  for (let i = 1; i < days.length; i += 1) if (days[i] !== days[kept - 1]) days[kept++] = days[i]!;
  days.length = kept;
  return days;
}

/** Upper-case, no spaces (§1.8 rule 3); URN XXXXXXX counts as absent. */
export function normalisePostcode(postcode: string | null): string | null {
  if (postcode === null) return null;
  // Most are written "PE11AB" or "PE1 1AB": read those without a regular expression.
  if (isUpperCaseAlphanumeric(postcode, -1)) return postcode;
  const space = postcode.indexOf(" ");
  if (space > 0 && isUpperCaseAlphanumeric(postcode, space)) return postcode.slice(0, space) + postcode.slice(space + 1);
  const p = postcode.replace(/\s+/g, "").toUpperCase();
  return p === "" ? null : p;
}
export function normaliseUrn(urn: string | null): string | null {
  if (urn === null) return null;
  const u = isUpperCaseAlphanumeric(urn, -1) ? urn : urn.trim().toUpperCase();
  return u === "" || u === "XXXXXXX" ? null : u;
}

/** Non-empty, and only A–Z and 0–9 but at `except` (−1: none): nothing else for the normalising to change. */
function isUpperCaseAlphanumeric(text: string, except: number): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (k !== except && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** overlapping-episodes and x1-without-successor (data.md §4): kept, reported once per file. */
function checkEpisodes(childId: string, eps: readonly EpisodeRecord[], issues: IssueCollector): void {
  // A set of the DECOMs only for long histories: this runs for every child, most with a handful of episodes.
  const starts = eps.length > 8 ? new Set(eps.map((e) => e.start)) : null;
  let reachedEnd = -Infinity; // the latest day covered so far (exclusive end)
  // Indexed: a for-of here, run for every child, kept making iterator objects.
  for (let k = 0; k < eps.length; k += 1) {
    const e = eps[k]!;
    const zeroLength = e.end !== null && e.end === e.start;
    if (!zeroLength && e.start < reachedEnd) {
      issues.add("overlapping-episodes", e, childId, "two episodes of the child cover the same day");
    }
    if (!zeroLength) reachedEnd = Math.max(reachedEnd, e.end === null ? Infinity : e.end);
    if (e.endReason === "X1" && e.end !== null && !startsOnOtherEpisode(eps, e, starts)) {
      issues.add("x1-without-successor", e, childId, "the episode ends with REC X1 but no episode of the child starts on its DEC");
    }
  }
}

function startsOnOtherEpisode(eps: readonly EpisodeRecord[], e: EpisodeRecord, starts: Set<number> | null): boolean {
  if (starts !== null && !starts.has(e.end!)) return false;
  return eps.some((o) => o !== e && o.start === e.end);
}

/**
 * Collects cross-record warnings (none has a column) and folds them by the one rule
 * (`foldWarnings`, data.md §3): a code repeated in one file is reported once, at its first
 * line, with the count.
 */
class IssueCollector {
  constructor(private readonly episodeReaders: readonly string[]) {}
  private readonly found: DataIssue[] = [];

  add(code: DataIssue["code"], source: SourceRef, child: string, message: string): void {
    // The indicators are named once folded, on the warnings kept.
    this.found.push({ code, severity: "warning", file: source.file, line: source.line, column: null, message, indicators: [], count: 1, child });
  }

  list(): DataIssue[] {
    return foldWarnings(this.found).map((issue) => ({ ...issue, indicators: [...this.episodeReaders] })).sort(compareIssues);
  }
}
