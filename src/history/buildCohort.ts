import { type Day, ukFromDay } from "../dates/day.js";
import { childIdsOf, type IdCursor, type SortedIds } from "../model/childIds.js";
import { type ChildRows, type DatedColumns, type DatedRecord, DatedRows, HEALTH_ASSESSMENT_CODEC, NO_DAY, PEP_CODEC, REVIEW_CODEC, type RowCodec, VISIT_CODEC } from "../model/childRows.js";
import type { ChildRecord, Cohort } from "../model/cohort.js";
import { CohortEpisodes, CohortEpisodesBuilder, type WrittenRows } from "../model/cohortEpisodes.js";
import { type EpisodeRowColumns, EpisodeRows, NO_YEAR, type WritableEpisodeColumns } from "../model/episodeRows.js";
import { HeaderRows } from "../model/headerRows.js";
import { type DataIssue, type SourceRef, compareIssues, compareText, foldWarnings } from "../model/issue.js";
import type { MissingRecord, PlacedForAdoptionRecord, TableRecords } from "../model/records.js";
import type { Return903 } from "../model/return903.js";
import { distinctAscending, exactSize, lastOfEachKey, none, pushed, sortedBy } from "../numbers/lists.js";
import { RunLists } from "../numbers/runLists.js";
import { sortFew } from "../numbers/search.js";
import { ChildDayLists } from "./childDayLists.js";
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
  const consume = options.consume === true;
  input.years.forEach((year, yearIndex) => {
    fileRows(children, year.records, yearIndex, year.endYear, consume);
    // Year by year, so that one year's rows go while the next is filed.
    if (consume) releaseFiledTables(year.records);
  });
  // The dated tables' rows are placed by position, not filed per child (childRowsOf), before the
  // episodes are stitched: handed over, the files' columns can then go before the cohort's are made.
  const visits = placedRows(children, VISIT_CODEC, input.years.map((y) => y.records.visits), null);
  // One assessment per DATE and TYPE: the last in read order.
  const healthAssessments = placedRows(children, HEALTH_ASSESSMENT_CODEC, input.years.map((y) => y.records.health_assessments), sameAssessmentKey);
  const dayLists = { reviews: dayListsOf(children, input.years.map((y) => y.records.reviews)), peps: dayListsOf(children, input.years.map((y) => y.records.peps)) };
  const episodes = episodeColumnsFor(input, children, consume);
  if (consume) for (const year of input.years) releaseCopiedTables(year.records);
  const issues = new IssueCollector(options.episodeReaders ?? []);
  const writer = episodes instanceof AdoptedEpisodes ? episodes : new EpisodeStitcher(children, input, issues, episodes);
  const records = children.finishEach((record, position) => finish(children, record, position, issues, writer, dayLists));
  const cohort: Cohort = {
    years: input.years.map((y) => ({ label: y.label, endYear: y.endYear, tables: [...y.tables] })),
    children: records,
    episodes: episodes.finish(records.length),
    visits,
    healthAssessments,
  };
  return { cohort, issues: issues.list() };
}

export interface BuildCohortOptions {
  /**
   * The caller hands the return over and will not read it again (`loadReturn903` when it does
   * not reconcile): the tables the cohort copies from or only reads (episodes, header, reviews,
   * PEPs, visits, health assessments, OC2, OC3, UASC, pathway plans, previous permanence, social
   * worker episodes) are emptied in `input`, so that they go once the cohort is built, and a
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

/** Empties the tables whose rows the cohort copies into its columns, once they are copied. */
function releaseCopiedTables(records: TableRecords): void {
  records.episodes = EpisodeRows.empty();
  records.header = HeaderRows.empty();
  records.reviews = DatedRows.empty(REVIEW_CODEC);
  records.peps = DatedRows.empty(PEP_CODEC);
  records.visits = DatedRows.empty(VISIT_CODEC);
  records.health_assessments = DatedRows.empty(HEALTH_ASSESSMENT_CODEC);
}

/** Empties the lists of records `fileRows` has filed under their children (those it keeps live on in the children's records). */
function releaseFiledTables(records: TableRecords): void {
  // Kept, each with its year (withEndYear).
  records.oc2 = [];
  records.oc3 = [];
  // Copied into each child's record (UASC, the pathway plan), or read only for a DOB.
  records.uasc = [];
  records.pathway_plans = [];
  records.previous_permanence = [];
  records.sw_episodes = [];
}

/** Every year's rows of a dated table kept as columns (visits, health assessments), by cohort position. */
function placedRows<R extends DatedRecord>(children: CohortFiling, codec: RowCodec<R>, files: readonly DatedRows<R>[], oneOfEach: ((a: number, b: number, rows: DatedColumns) => number) | null): ChildRows<R> {
  return childRowsOf(codec, files, positionsOfRows(children, files), children.childCount, oneOfEach);
}

const sameAssessmentKey = (a: number, b: number, rows: DatedColumns) => rows.date[a]! - rows.date[b]! || rows.code[a]! - rows.code[b]!;

/** Each child's review and PEP days. */
type DayLists = { reviews: ChildDayLists; peps: ChildDayLists };

function dayListsOf(children: CohortFiling, files: readonly DatedRows<DatedRecord>[]): ChildDayLists {
  return ChildDayLists.of(files, positionsOfRows(children, files), children.childCount);
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
function fileRows(children: CohortFiling, r: TableRecords, yearIndex: number, endYear: number | null, handedOver: boolean): void {
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
    for (let k = first; k < end; k += 1) children.offerDateOfBirth(p, reviews.secondDayAt(k), rank);
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
    c.oc2 = pushed(c.oc2, withEndYear(o, endYear, handedOver));
    children.oc2Year[p] = yearIndex;
    children.offerDateOfBirth(p, o.dateOfBirth, rank);
  }
  rank = dobRank("oc3");
  for (let k = 0; k < r.oc3.length; k += 1) {
    const o = r.oc3[k]!;
    const p = children.at(o.childId);
    const c = children.record(p);
    if (children.oc3Year[p] === yearIndex) c.oc3.pop();
    c.oc3 = pushed(c.oc3, withEndYear(o, endYear, handedOver));
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
  for (let k = 0; k < r.pathway_plans.length; k += 1) {
    const pw = r.pathway_plans[k]!;
    const c = children.record(children.at(pw.childId));
    const planDates = c.pathwayPlan?.planDates ?? [];
    if (pw.planDate !== null) planDates.push(pw.planDate);
    c.pathwayPlan = { dateOfBirth: pw.dateOfBirth, category: pw.category, caseOpen: pw.caseOpen, caseClosed: pw.caseClosed, planDates };
  }
}

/**
 * The row with its year: a handed-over row itself, given the field (the return is not read
 * again, and a copy of each of a national return's OC2 and OC3 rows was held beside it until the
 * load ended); else `{ ...row, endYear }`, built by assignment onto a fresh object so that
 * copies share a hidden class.
 */
function withEndYear<T extends object>(row: T, endYear: number | null, handedOver: boolean): T & { endYear: number | null } {
  return handedOver ? Object.assign(row, { endYear }) : Object.assign({}, row, { endYear });
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
   * stitches them into the cohort's columns: a run per year, or more in a file not grouped by child.
   */
  readonly episodeRuns: RunLists;
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
    this.episodeRuns = new RunLists(ids.length);
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
    this.episodeRuns.add(position, this.episodeSources.rowOf(yearIndex, first), end - first);
  }

  /** The records, in id order, each finished by `finish`; each is let go here once finished. */
  finishEach(finish: (record: ChildRecord, position: number) => ChildRecord): ChildRecord[] {
    const records = this.records;
    const finished: ChildRecord[] = [];
    for (let i = 0; i < records.length; i += 1) {
      finished.push(finish(records[i]!, i));
      records[i] = undefined;
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

// The comparisons `finish` makes for every child (module constants: not a closure per child).
const sameMissingKey = (a: MissingRecord, b: MissingRecord) => a.start - b.start || compareText(a.kind, b.kind);
const byStartThenReadOrder = (a: MissingRecord, b: MissingRecord) => a.start - b.start || a.readOrder - b.readOrder;
const sameDatePlaced = (a: PlacedForAdoptionRecord, b: PlacedForAdoptionRecord) => a.datePlaced - b.datePlaced;

/** The filed record made the cohort's: its episodes stitched into `episodes`, its lists in order and sized, in place. */
function finish(filing: CohortFiling, child: ChildRecord, position: number, issues: IssueCollector, episodes: EpisodeStitcher | AdoptedEpisodes, days: DayLists): ChildRecord {
  checkEpisodes(child.childId, episodes instanceof AdoptedEpisodes ? episodes.take(position, filing.episodeRuns) : episodes.stitch(child.childId, position), issues);
  child.dateOfBirth ??= filing.fallbackDateOfBirthOf(position);
  child.reviews = days.reviews.distinctAscendingOf(position);
  child.oc2 = exactSize(child.oc2);
  child.oc3 = exactSize(child.oc3);
  child.missing = sortedBy(lastOfEachKey(child.missing, sameMissingKey), byStartThenReadOrder);
  child.placedForAdoption = lastOfEachKey(child.placedForAdoption, sameDatePlaced);
  child.peps = days.peps.distinctAscendingOf(position);
  // The last row's plan (made for this child alone) takes every PLAN_DATE, in order.
  if (child.pathwayPlan !== null) child.pathwayPlan.planDates = exactSize(distinctAscending(child.pathwayPlan.planDates));
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
  readonly compareRows = (a: number, b: number): number => this.compare(a, b);

  private compare(a: number, b: number): number {
    const ya = this.yearOf(a);
    const yb = this.yearOf(b);
    return compareEpisodeRows(this.files[ya]!.columns, a - this.offsets[ya]!, this.files[yb]!.columns, b - this.offsets[yb]!);
  }
}

/**
 * Writes each child's episodes, in chaining order, to `out` as the child's rows: of the rows
 * sharing a DECOM only those of the latest year holding it; an open one from an earlier year is
 * stale, and said so (data.md §4).
 */
class EpisodeStitcher {
  private readonly places = new PlaceNormaliser();
  private readonly lastYear: number;

  constructor(
    private readonly filing: CohortFiling,
    private readonly input: Return903,
    private readonly issues: IssueCollector,
    private readonly out: CohortEpisodesBuilder,
  ) {
    this.lastYear = input.years.length - 1;
  }

  /** Writes the child's rows; returns them as written. */
  stitch(childId: string, position: number): WrittenRows {
    const sources = this.filing.episodeSources;
    const runs = this.filing.episodeRuns;
    const runCount = runs.runsOf(position);
    if (runCount === 1) {
      // The usual case for one year: one run of one file, in chaining order (a file sorted by child and DECOM).
      const g = runs.firstRowOf(position);
      const year = sources.yearOf(g);
      const first = sources.rowInFile(g, year);
      const end = first + runs.firstCountOf(position);
      if (inChainOrder(sources.files[year]!.columns, first, end)) {
        for (let k = first; k < end; k += 1) this.keep(childId, year, k);
        this.out.endChild();
        return this.out.lastChild();
      }
    }
    if (runCount > 0) {
      const rows = runs.rowsOf(position);
      const kept = keepLatestYears(rows, sources);
      for (let i = 0; i < kept; i += 1) {
        const year = sources.yearOf(rows[i]!);
        this.keep(childId, year, sources.rowInFile(rows[i]!, year));
      }
    }
    this.out.endChild();
    return this.out.lastChild();
  }

  private keep(childId: string, year: number, k: number): void {
    const file = this.filing.episodeSources.files[year]!;
    const c = file.columns;
    const stale = c.end[k] === NO_DAY && year < this.lastYear;
    const { label, endYear } = this.input.years[year]!;
    if (stale) this.issues.add("stale-open-episode", { file: file.files[c.fileOf[k]!]!, line: c.line[k]! }, childId, `an episode starting ${ukFromDay(c.start[k]! as Day)} is open in ${label ?? "this return"} and no later year repeats it`);
    this.out.copy(file, k, this.places.postcodeOf(c.placementPostcode[k]!), this.places.urnOf(c.urn[k]!), stale, endYear);
  }
}

/**
 * Postcodes and URNs normalised (`normalisePostcode`, `normaliseUrn`), a value that repeats the
 * last one read giving the same string: the reader shares one between a child's consecutive
 * rows that repeat it, and so then does the cohort.
 */
class PlaceNormaliser {
  private rawPostcode: string | null = null;
  private postcode: string | null = null;
  private rawUrn: string | null = null;
  private urn: string | null = null;

  postcodeOf(raw: string | null): string | null {
    if (raw !== this.rawPostcode) {
      this.rawPostcode = raw;
      this.postcode = normalisePostcode(raw);
    }
    return this.postcode;
  }

  urnOf(raw: string | null): string | null {
    if (raw !== this.rawUrn) {
      this.rawUrn = raw;
      this.urn = normaliseUrn(raw);
    }
    return this.urn;
  }
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
  private readonly places = new PlaceNormaliser();

  constructor(
    private readonly file: EpisodeRows,
    private readonly endYear: number | null,
    children: number,
  ) {
    this.first = new Int32Array(children + 1);
    this.columns = file.columns as WritableEpisodeColumns;
  }

  /** The rows of the child at `position` (the next child; in `runs`, its one run or none) made the cohort's. */
  take(position: number, runs: RunLists): WrittenRows {
    const first = this.next;
    this.first[position] = first;
    if (runs.runsOf(position) > 0) {
      // The file's rows are the cohort's: a row's number is its row in the file.
      const from = runs.firstRowOf(position);
      const end = from + runs.firstCountOf(position);
      const c = this.columns;
      const year = this.endYear ?? NO_YEAR;
      for (let k = from; k < end; k += 1) {
        if (c.end[k] === NO_DAY) c.endReason[k] = 0;
        c.placementPostcode[k] = this.places.postcodeOf(c.placementPostcode[k]!);
        c.urn[k] = this.places.urnOf(c.urn[k]!);
        c.endYear[k] = year;
      }
      this.next = end;
    }
    return { columns: this.file.columns, codes: this.file.codes, files: this.file.files, first, end: this.next };
  }

  /** The columns, once every child has been taken. */
  finish(children: number): CohortEpisodes {
    this.first[children] = this.next;
    return new CohortEpisodes(this.first, this.file.columns, this.file.codes, this.file.files);
  }
}

/**
 * The child's `rows` (read order) put in chaining order in place, those kept first: of rows
 * sharing a DECOM, those of the latest year holding it. Returns how many are kept.
 */
function keepLatestYears(rows: Int32Array, sources: EpisodeSources): number {
  sortFew(rows, sources.compareRows); // stable: rows that compare equal keep read order
  let kept = 0;
  for (let k = 0; k < rows.length; ) {
    // Rows sharing a DECOM are neighbours in chaining order: of them, those of the latest year.
    let groupEnd = k;
    let latestYear = -1;
    const start = sources.start(rows[k]!);
    while (groupEnd < rows.length && sources.start(rows[groupEnd]!) === start) {
      latestYear = Math.max(latestYear, sources.yearOf(rows[groupEnd]!));
      groupEnd += 1;
    }
    for (; k < groupEnd; k += 1) if (sources.yearOf(rows[k]!) === latestYear) rows[kept++] = rows[k]!;
  }
  return kept;
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
