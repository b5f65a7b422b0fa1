import { type Day, ukFromDay } from "../dates/day.js";
import { childIdsOf, type IdCursor, type SortedIds } from "../model/childIds.js";
import { type DatedRecord, DatedRows, HEALTH_ASSESSMENT_CODEC, NO_DAY, PEP_CODEC, REVIEW_CODEC, VISIT_CODEC } from "../model/childRows.js";
import type { ChildRecord, Cohort } from "../model/cohort.js";
import { CohortEpisodes, CohortEpisodesBuilder, type WrittenRows } from "../model/cohortEpisodes.js";
import { type EpisodeRowColumns, EpisodeRows, NO_YEAR, type WritableEpisodeColumns } from "../model/episodeRows.js";
import { HeaderRows } from "../model/headerRows.js";
import { type DataIssue, type SourceRef, compareIssues, compareText, foldWarnings } from "../model/issue.js";
import type { TableRecords } from "../model/records.js";
import type { Return903 } from "../model/return903.js";
import { exactSize, lastOfEachKey, none, pushed, sortedBy } from "../numbers/lists.js";
import { ascending, isSorted } from "../numbers/search.js";
import { childRowsOf } from "./childRowsOf.js";
import { compareEpisodeRows } from "./episodeOrder.js";

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
  const children = new CohortFiling(ids, new EpisodeSources(input.years.map((year) => year.records.episodes)));
  input.years.forEach((year, yearIndex) => fileRows(children, year.records, yearIndex, year.endYear));
  // The dated tables' rows are placed by position, not filed per child (childRowsOf).
  const visitFiles = input.years.map((y) => y.records.visits);
  const assessmentFiles = input.years.map((y) => y.records.health_assessments);
  const visitPositions = positionsOfRows(children, visitFiles);
  const assessmentPositions = positionsOfRows(children, assessmentFiles);
  const episodes = episodeColumnsFor(input, children, options.consume === true);
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
   * not reconcile): the tables the cohort copies from (episodes, header, reviews, PEPs, visits,
   * health assessments) are emptied in `input`, so that they go once the cohort is built, and a
   * single return's episodes sorted by child and DECOM are taken over as the cohort's
   * (`AdoptedEpisodes`) rather than copied, so that a national return's episodes are held once.
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
  records.episodes = EpisodeRows.empty();
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
  r.episodes.eachRun((childId, first, end) => children.fileEpisodes(children.at(childId), yearIndex, first, end));
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
  private readonly records: (ChildRecord | undefined)[];
  /** The DOB that stands in for a missing header (NaN: none), and its rank (see fileRows; −1: none). */
  private readonly fallbackDateOfBirth: Float64Array;
  private readonly fallbackRank: Int32Array;
  /** The year of each child's last OC2 and OC3 row (−1: none), so that a year keeps its last row. */
  readonly oc2Year: Int32Array;
  readonly oc3Year: Int32Array;
  /**
   * Each child's episode rows (as `EpisodeSources` numbers them), in read order, until `finish`
   * stitches them into the cohort's columns: the first run of its rows as its first row and how
   * many (NaN: none), and every row once a second run comes (another year, or a file not grouped by child).
   */
  private readonly episodeRunFirst: Float64Array;
  private readonly episodeRunCount: Int32Array;
  private readonly episodeRows: (number[] | undefined)[];
  /** Every run of episode rows filed so far is the only one of its child, each after the one before in cohort order. */
  episodesInCohortOrder = true;
  private lastEpisodePosition = -1;
  /** One cursor for every file: a file starting below the last id found costs one binary search. */
  private readonly cursor: IdCursor;
  private lastId: string | null = null;
  private lastPosition = -1;

  constructor(
    private readonly ids: SortedIds,
    readonly episodeSources: EpisodeSources,
  ) {
    this.records = new Array<ChildRecord | undefined>(ids.length);
    this.fallbackDateOfBirth = new Float64Array(ids.length).fill(Number.NaN);
    this.fallbackRank = new Int32Array(ids.length).fill(-1);
    this.oc2Year = new Int32Array(ids.length).fill(-1);
    this.oc3Year = new Int32Array(ids.length).fill(-1);
    this.episodeRunFirst = new Float64Array(ids.length).fill(Number.NaN);
    this.episodeRunCount = new Int32Array(ids.length);
    // By position rather than a map: with several years most children have an entry.
    this.episodeRows = new Array<number[] | undefined>(ids.length);
    this.cursor = ids.cursor();
  }

  get childCount(): number {
    return this.ids.length;
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
  record(position: number): ChildRecord {
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

  /** Files rows `first` … `end − 1` of year `yearIndex`'s episodes under the child at `position`. */
  fileEpisodes(position: number, yearIndex: number, first: number, end: number): void {
    if (position <= this.lastEpisodePosition) this.episodesInCohortOrder = false;
    this.lastEpisodePosition = position;
    const from = this.episodeSources.rowOf(yearIndex, first);
    let rows = this.episodeRows[position];
    if (rows === undefined && Number.isNaN(this.episodeRunFirst[position]!)) {
      this.episodeRunFirst[position] = from;
      this.episodeRunCount[position] = end - first;
      return;
    }
    if (rows === undefined) {
      const run = this.episodeRunFirst[position]!;
      rows = this.episodeRows[position] = Array.from({ length: this.episodeRunCount[position]! }, (_, k) => run + k);
    }
    for (let k = 0; k < end - first; k += 1) rows.push(from + k);
  }

  /** The child's episode rows in read order: its one run, or every row. */
  episodeRowsOf(position: number): ChildEpisodeRows {
    const rows = this.episodeRows[position];
    if (rows !== undefined) return rows;
    const first = this.episodeRunFirst[position]!;
    if (Number.isNaN(first)) return none();
    const year = this.episodeSources.yearOf(first);
    return { year, first: this.episodeSources.rowInFile(first, year), count: this.episodeRunCount[position]! };
  }

  /** The records, in id order, each finished by `finish`; each is let go here once finished. */
  finishEach(finish: (record: ChildRecord, position: number) => ChildRecord): ChildRecord[] {
    const records = this.records;
    const finished: ChildRecord[] = [];
    for (let i = 0; i < records.length; i += 1) {
      finished.push(finish(records[i]!, i));
      records[i] = undefined;
      this.episodeRows[i] = undefined;
    }
    this.lastId = null;
    return finished;
  }
}

/** A record with nothing filed, its fields in `ChildRecord`'s order (one hidden class for all). */
function newRecord(childId: string): ChildRecord {
  return {
    childId, dateOfBirth: null, sex: null, ethnicity: null, hasHeader: false, reviews: none(), uasc: null,
    oc2: none(), oc3: none(), ad1: null, missing: none(), placedForAdoption: none(), peps: none(), pathwayPlan: null,
  };
}

/** The filed record made the cohort's: its episodes stitched into `episodes`, its lists in order and sized, in place. */
function finish(filing: CohortFiling, child: ChildRecord, position: number, input: Return903, issues: IssueCollector, episodes: CohortEpisodesBuilder | AdoptedEpisodes): ChildRecord {
  const rows = filing.episodeRowsOf(position);
  if (episodes instanceof AdoptedEpisodes) checkEpisodes(child.childId, episodes.take(position, rows), issues);
  else {
    stitchEpisodes(child.childId, rows, filing.episodeSources, input, issues, episodes);
    checkEpisodes(child.childId, episodes.lastChild(), issues);
  }
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
 * Every year's episodes as read, their rows numbered one after another (year by year), so that a
 * child's rows over several years are one list of numbers: read by the stitching, which copies
 * those it keeps into the cohort's columns.
 */
class EpisodeSources {
  /** The number of year i's first row. */
  private readonly offsets: number[] = [];

  constructor(readonly files: readonly EpisodeRows[]) {
    let offset = 0;
    for (const rows of files) {
      this.offsets.push(offset);
      offset += rows.length;
    }
  }

  /** The number of row `k` of year `yearIndex`. */
  rowOf(yearIndex: number, k: number): number {
    return this.offsets[yearIndex]! + k;
  }

  /** The year of row `g` (a return has a few years: searched from the last). */
  yearOf(g: number): number {
    let year = this.offsets.length - 1;
    while (this.offsets[year]! > g) year -= 1;
    return year;
  }

  /** Row `g`'s row in its year's file. */
  rowInFile(g: number, year: number): number {
    return g - this.offsets[year]!;
  }

  start(g: number): number {
    const year = this.yearOf(g);
    return this.files[year]!.columns.start[g - this.offsets[year]!]!;
  }

  /** The chaining order of §1.6 (`compareEpisodes`: by DECOM, closed before open, DEC, read order) between rows `a` and `b`. */
  compare(a: number, b: number): number {
    const ya = this.yearOf(a);
    const yb = this.yearOf(b);
    return compareEpisodeRows(this.files[ya]!.columns, a - this.offsets[ya]!, this.files[yb]!.columns, b - this.offsets[yb]!);
  }
}

/**
 * The child's episodes, in chaining order, written to `out` as the child's rows: of the rows
 * sharing a DECOM only those of the latest year holding it; an open one from an earlier year is
 * stale, and said so (data.md §4). `rows` are the child's rows in read order.
 */
function stitchEpisodes(childId: string, rows: ChildEpisodeRows, sources: EpisodeSources, input: Return903, issues: IssueCollector, out: CohortEpisodesBuilder): void {
  const lastYear = input.years.length - 1;
  const keep = (year: number, k: number) => {
    const file = sources.files[year]!;
    const c = file.columns;
    const stale = c.end[k] === NO_DAY && year < lastYear;
    const { label, endYear } = input.years[year]!;
    if (stale) issues.add("stale-open-episode", { file: file.files[c.fileOf[k]!]!, line: c.line[k]! }, childId, `an episode starting ${ukFromDay(c.start[k]! as Day)} is open in ${label ?? "this return"} and no later year repeats it`);
    out.copy(file, k, normalisePostcode(c.placementPostcode[k]!), normaliseUrn(c.urn[k]!), stale, endYear);
  };
  if (isRun(rows) && isRunInOrder(sources, rows)) {
    // The usual case: one run of one file, in chaining order (a file sorted by child and DECOM).
    const { year, first, count } = rows;
    for (let k = first; k < first + count; k += 1) keep(year, k);
  } else {
    for (const g of keptRows(isRun(rows) ? runRows(sources, rows) : rows, sources)) {
      const year = sources.yearOf(g);
      keep(year, sources.rowInFile(g, year));
    }
  }
  out.endChild();
}

/**
 * Where the cohort's episodes are written: a single return's file taken over whole when the
 * return is handed over (`consume`) and each child's rows are one run, the runs in cohort order
 * and each in chaining order (a file sorted by child and DECOM: the rows are then the cohort's
 * rows as they are); otherwise a builder the kept rows are copied into.
 */
function episodeColumnsFor(input: Return903, filing: CohortFiling, consume: boolean): CohortEpisodesBuilder | AdoptedEpisodes {
  const files = filing.episodeSources.files;
  if (consume && files.length === 1 && filing.episodesInCohortOrder && everyRunInOrder(files[0]!)) {
    return new AdoptedEpisodes(files[0]!, input.years[0]!.endYear, filing.childCount);
  }
  // Every row read is the most the cohort keeps (a key in several years keeps one year's rows).
  return new CohortEpisodesBuilder(files.reduce((total, rows) => total + rows.length, 0));
}

function everyRunInOrder(rows: EpisodeRows): boolean {
  let inOrder = true;
  rows.eachRun((_, first, end) => {
    inOrder &&= inChainOrder(rows.columns, first, end);
  });
  return inOrder;
}

/** Rows `first` … `end − 1` of `c` are in chaining order (§1.6). */
function inChainOrder(c: EpisodeRowColumns, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k += 1) if (compareEpisodeRows(c, k - 1, c, k) > 0) return false;
  return true;
}

/**
 * A single return's episodes file taken over as the cohort's episode columns (`episodeColumnsFor`
 * says when): each child's rows are already its kept episodes in chaining order (one year has no
 * stale episode), so they are finished in place (postcode and URN normalised, an open row's REC
 * dropped, the year written) rather than copied. A national return's episodes are then held once.
 */
class AdoptedEpisodes {
  private readonly first: Int32Array;
  private next = 0;
  private readonly columns: WritableEpisodeColumns;

  constructor(
    private readonly file: EpisodeRows,
    private readonly endYear: number | null,
    children: number,
  ) {
    this.first = new Int32Array(children + 1);
    this.columns = file.columns as WritableEpisodeColumns;
  }

  /** The rows of the child at `position` (the next child; `rows` its one run, or none) made the cohort's. */
  take(position: number, rows: ChildEpisodeRows): WrittenRows {
    const first = this.next;
    this.first[position] = first;
    if (isRun(rows)) {
      const c = this.columns;
      const year = this.endYear ?? NO_YEAR;
      let placementPostcode: string | null = null;
      let urn: string | null = null;
      for (let k = rows.first; k < rows.first + rows.count; k += 1) {
        if (c.end[k] === NO_DAY) c.endReason[k] = 0;
        // The reader shares a string between a child's consecutive rows that repeat it: so do the normalised ones.
        const repeated = k > rows.first;
        const rawPostcode = c.placementPostcode[k]!;
        const rawUrn = c.urn[k]!;
        c.placementPostcode[k] = repeated && rawPostcode === placementPostcode ? c.placementPostcode[k - 1]! : normalisePostcode(rawPostcode);
        c.urn[k] = repeated && rawUrn === urn ? c.urn[k - 1]! : normaliseUrn(rawUrn);
        placementPostcode = rawPostcode;
        urn = rawUrn;
        c.endYear[k] = year;
      }
      this.next = rows.first + rows.count;
    }
    return { columns: this.file.columns, codes: this.file.codes, files: this.file.files, first, end: this.next };
  }

  /** The columns, once every child has been taken. */
  finish(children: number): CohortEpisodes {
    this.first[children] = this.next;
    return new CohortEpisodes(this.first, this.file.columns, this.file.codes, this.file.files);
  }
}

/** A child's episode rows in read order: every row (numbered as `EpisodeSources` numbers them), or its one run in one year's file. */
type ChildEpisodeRows = readonly number[] | EpisodeRun;
type EpisodeRun = { year: number; first: number; count: number };

function isRun(rows: ChildEpisodeRows): rows is EpisodeRun {
  return !Array.isArray(rows);
}

function isRunInOrder(sources: EpisodeSources, run: EpisodeRun): boolean {
  return inChainOrder(sources.files[run.year]!.columns, run.first, run.first + run.count);
}

function runRows(sources: EpisodeSources, run: EpisodeRun): number[] {
  return Array.from({ length: run.count }, (_, k) => sources.rowOf(run.year, run.first + k));
}

/** The rows kept, in chaining order (`stitchEpisodes`). */
function keptRows(rows: readonly number[], sources: EpisodeSources): readonly number[] {
  const byChain = (i: number, j: number) => sources.compare(rows[i]!, rows[j]!) || i - j;
  const order = rows.map((_, i) => i);
  if (!isSorted(order, byChain)) order.sort(byChain);
  const inOrder = order.map((i) => rows[i]!);
  const kept: number[] = [];
  for (let k = 0; k < inOrder.length; ) {
    // Rows sharing a DECOM are neighbours in chaining order: of them, those of the latest year.
    let groupEnd = k;
    let latestYear = -1;
    const start = sources.start(inOrder[k]!);
    while (groupEnd < inOrder.length && sources.start(inOrder[groupEnd]!) === start) {
      latestYear = Math.max(latestYear, sources.yearOf(inOrder[groupEnd]!));
      groupEnd += 1;
    }
    for (; k < groupEnd; k += 1) if (sources.yearOf(inOrder[k]!) === latestYear) kept.push(inOrder[k]!);
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

/** overlapping-episodes and x1-without-successor (data.md §4) over the child's rows just written: kept, reported once per file. */
function checkEpisodes(childId: string, written: WrittenRows, issues: IssueCollector): void {
  const { columns: c, codes, files, first, end: last } = written;
  // A set of the DECOMs only for long histories: this runs for every child, most with a handful of episodes.
  const starts = last - first > 8 ? new Set<number>(c.start.subarray(first, last)) : null;
  let reachedEnd = -Infinity; // the latest day covered so far (exclusive end)
  for (let row = first; row < last; row += 1) {
    const start = c.start[row]!;
    const end = c.end[row]!;
    const open = end === NO_DAY;
    const zeroLength = !open && end === start;
    if (!zeroLength && start < reachedEnd) issues.add("overlapping-episodes", { file: files[c.fileOf[row]!]!, line: c.line[row]! }, childId, "two episodes of the child cover the same day");
    if (!zeroLength) reachedEnd = Math.max(reachedEnd, open ? Infinity : end);
    if (!open && codes[c.endReason[row]!] === "X1" && !startsOnOtherEpisode(written, row, starts)) {
      issues.add("x1-without-successor", { file: files[c.fileOf[row]!]!, line: c.line[row]! }, childId, "the episode ends with REC X1 but no episode of the child starts on its DEC");
    }
  }
}

/** Another of the child's rows than `row` starts on row's DEC. */
function startsOnOtherEpisode({ columns: c, first, end: last }: WrittenRows, row: number, starts: Set<number> | null): boolean {
  const end = c.end[row]!;
  if (starts !== null && !starts.has(end)) return false;
  for (let other = first; other < last; other += 1) if (other !== row && c.start[other] === end) return true;
  return false;
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
