import type { ScorecardOptions } from "../model/options.js";
import type { ChildRecord, Cohort, Episode } from "../model/cohort.js";
import { IdCursor } from "../model/childIds.js";
import { collectionYearEnd } from "../dates/collectionYear.js";
import { DayIndex } from "./dayIndex.js";
import { compareEpisodes } from "./episodeOrder.js";
import { ENDS_CARE, EpisodeColumns, SHORT_BREAK, STARTS_CARE } from "./episodeColumns.js";
import { LayoutScratch, type PeriodOfCare, chainEpisodes, periodsOf } from "./periodsOfCare.js";
import { type PlacementCounting, type Spell, placementSpells, spellsOf, splitSpells } from "./spells.js";

/** Where an episode sits in its child's history: its period of care and placement spell. */
export interface CurrentEpisode {
  episode: Episode;
  period: PeriodOfCare;
  spell: Spell;
  /** Position of `spell` among the period's spells. */
  spellIndex: number;
}

/**
 * Derived history of one child under one set of options: episodes (after
 * `staleOpenEpisodes`), periods of care and placement spells, built once per child, with
 * what every as-at date asks of them precomputed.
 */
export interface ChildHistory {
  child: ChildRecord;
  /** The child's position in the cohort (and in `HistoryIndex.children`); −1 for a history built alone. */
  position: number;
  episodes: Episode[];
  /** The periods of care, in order of start: made from the rows each time they are read (equal, not the same objects). */
  readonly periods: PeriodOfCare[];
  /** Spells of each period under `placementCounting` (same order as `periods`), made from the rows each time they are read. */
  readonly spells: Spell[][];
  /** Spells under the `carer` policy whatever `placementCounting` says (A10 uses them); `collapseUnchangedMoves` still applies. */
  carerSpells(period: PeriodOfCare): Spell[];
  /**
   * The start, end and flags of `episodes` as typed-array rows (shared by an index's
   * histories): `episodes[k]` is row `first + k`.
   */
  columns: EpisodeColumns;
  first: number;
  /** LS V3/V4 of `episodes[k]`. */
  isShortBreak(k: number): boolean;
  /** Period and spell of each episode (same order as `episodes`), made each time they are read. */
  readonly places: readonly CurrentEpisode[];
  /**
   * The care span: the earliest and the latest of every DECOM and DEC (Infinity when an
   * episode is open); with no episodes +Infinity and −Infinity. No episode starts or ends
   * outside it (even one whose DEC is before its DECOM), so two comparisons tell that a child
   * has nothing in a window.
   */
  careStart: number;
  careEnd: number;
}

/**
 * Histories of a cohort's children under one set of options, and the cohorts derived from
 * them that several indicators share at one as-at date (`shared`, the index's own).
 */
export interface HistoryIndex {
  shape: HistoryShape;
  /** Every child's history, in cohort order (built on first use). */
  readonly children: readonly ChildHistory[];
  /** The history of the child at `position` in the cohort, made on first request (most indicators read only the columns). */
  at(position: number): ChildHistory;
  /**
   * The histories of the children for whom `test` holds, given each child's record and its
   * position (its rows in `rows` and `columns`), in cohort order: made for those children only.
   */
  where(test: (child: ChildRecord, position: number) => boolean): ChildHistory[];
  /**
   * The positions (ascending) of the children for whom `test` holds: `where` without making their
   * histories (each with its episodes as objects, kept by the index), for a question answered
   * from the children's records and the columns.
   */
  positionsWhere(test: (child: ChildRecord, position: number) => boolean): number[];
  /** The history of a child of the cohort (a child the cohort does not hold has no episodes in it: its history has none). */
  of(child: ChildRecord): ChildHistory;
  /**
   * The episode of row `row` of the child at `position` (a row of `columns`), as the child's
   * history has it (under `staleOpenEpisodes`), without making the history: for a loop over
   * many children that reads a few fields of one episode each (the breakdowns' current episode).
   */
  episodeAt(position: number, row: number): Episode;
  /**
   * Positions in `children` (ascending) of the children with an episode with RNE S and DECOM
   * in [from, to] (a start of care, short breaks included): the only children a start in that
   * window can come from.
   */
  startingIn(from: number, to: number): ArrayLike<number>;
  /** Positions in `children` (ascending) of the children with an episode with DEC in [from, to] and REC other than X1. */
  endingIn(from: number, to: number): ArrayLike<number>;
  /** Every child's id (same order as `children`): listed without visiting each child's record. */
  readonly ids: readonly string[];
  /** `careStart` and `careEnd` of every child (same order as `children`), read without visiting each history. */
  readonly careSpans: { starts: Float64Array; ends: Float64Array };
  /** The episode rows of every child (same order as `children`): `first[i]` to `first[i] + count[i] − 1` of `columns`. */
  readonly rows: { first: Int32Array; count: Int32Array };
  /** The typed episode columns every history of the index writes its rows into. */
  readonly columns: EpisodeColumns;
  /**
   * A value derived from the whole cohort under these options for some days (an as-at date, a
   * window), computed on first request for those days and kept as long as this index: a run
   * makes one for each as-at date (`historyIndexFor`), and lets it go with the date. `value`
   * names it and fixes its type; `days` are its whole key.
   */
  shared<T, Days extends DerivedKey>(value: DerivedValue<T, Days>, days: Days, compute: () => T): T;
  /**
   * A value derived from the cohort and this history alone (no as-at date, no option outside
   * the history's shape; `key` holds whatever else it depends on, often nothing), such as every
   * child's visit days: kept as long as the history, so a later run on the same cohort reads it
   * again.
   */
  lasting<T, Key extends DerivedKey>(value: DerivedValue<T, Key>, key: Key, compute: () => T): T;
}

/** What a derived value depends on besides the cohort: days, or the names of what it reads. */
export type DerivedKey = readonly (number | string)[];

/**
 * A value indicators derive from the whole cohort (the children in care at R, the starts in a
 * window, every child's visit days): a module constant beside the function that builds it, so
 * a reader follows its name from any use to the build. `Key` is the value's whole key: it may
 * depend on the run's options, never on another day than those given.
 */
export interface DerivedValue<T, Key extends DerivedKey> {
  readonly name: string;
  /** Never set: carries the value's type and key, so a call cannot mistake either. */
  readonly type?: (key: Key) => T;
}

/**
 * Names a derived value (`HistoryIndex.shared`, `HistoryIndex.lasting`), its type and its key.
 *
 * @example
 * ```ts
 * const LEAVERS = derivedValue<string[], [start: number, end: number]>("leavers");
 * const ids = context.history.shared(LEAVERS, [start, end], () => leaversIn(context, start, end));
 * ```
 */
export function derivedValue<T, Key extends DerivedKey>(name: string): DerivedValue<T, Key> {
  return Object.freeze({ name });
}

/** A history index without its per-run `shared` values: what may outlive one run. */
type HistoryBase = Omit<HistoryIndex, "shared">;

export function createHistoryIndex(cohort: Cohort, options: HistoryShape): HistoryIndex {
  return new RunHistory(historyBase(cohort, options));
}

/** The three options that shape a history (indicators.md §1.5, §3.3); no other option changes one. */
export type HistoryShape = Pick<ScorecardOptions, "staleOpenEpisodes" | "placementCounting" | "collapseUnchangedMoves">;

const shapeKey = (o: HistoryShape) => `${o.staleOpenEpisodes}|${o.placementCounting}|${o.collapseUnchangedMoves}`;

/**
 * The core's one cache that outlives a run, on purpose: a workbook, the page's drill-down and
 * a second scorecard score the same cohort object again, and rebuilding every child's history
 * is most of a warm scorecard's cost. Weak, so it lives as long as the cohort does.
 */
const basesByCohort = new WeakMap<Cohort, Map<string, HistoryBase>>();

/**
 * The history index of `cohort` under `options`, its per-child histories reused from an
 * earlier run on the same cohort object with the same history shape (other options, such as
 * thresholds, do not rebuild it); the `shared` values are the new index's own (a run asks
 * for one per as-at date), so they do not pile up between dates or runs. A cohort is a value: one changed after scoring is
 * not seen again.
 */
export function historyIndexFor(cohort: Cohort, options: HistoryShape): HistoryIndex {
  let byShape = basesByCohort.get(cohort);
  if (byShape === undefined) basesByCohort.set(cohort, (byShape = new Map()));
  const key = shapeKey(options);
  let base = byShape.get(key);
  if (base === undefined) byShape.set(key, (base = historyBase(cohort, options)));
  return new RunHistory(base);
}

/**
 * A history index for one as-at date of a run: the base's values, and `shared` values of its own.
 * Classes, not object literals with getters: a literal's getters are new functions for every
 * run, so the loops that read them saw a different getter each run and could not inline it.
 */
class RunHistory implements HistoryIndex {
  private readonly sharedValues: DerivedValues = new Map();

  constructor(private readonly base: HistoryBase) {}

  get shape(): HistoryShape {
    return this.base.shape;
  }
  get children(): readonly ChildHistory[] {
    return this.base.children;
  }
  get ids(): readonly string[] {
    return this.base.ids;
  }
  get careSpans(): { starts: Float64Array; ends: Float64Array } {
    return this.base.careSpans;
  }
  get rows(): { first: Int32Array; count: Int32Array } {
    return this.base.rows;
  }
  get columns(): EpisodeColumns {
    return this.base.columns;
  }
  at(position: number): ChildHistory {
    return this.base.at(position);
  }
  where(test: (child: ChildRecord, position: number) => boolean): ChildHistory[] {
    return this.base.where(test);
  }
  positionsWhere(test: (child: ChildRecord, position: number) => boolean): number[] {
    return this.base.positionsWhere(test);
  }
  of(child: ChildRecord): ChildHistory {
    return this.base.of(child);
  }
  episodeAt(position: number, row: number): Episode {
    return this.base.episodeAt(position, row);
  }
  startingIn(from: number, to: number): ArrayLike<number> {
    return this.base.startingIn(from, to);
  }
  endingIn(from: number, to: number): ArrayLike<number> {
    return this.base.endingIn(from, to);
  }
  lasting<T, Key extends DerivedKey>(value: DerivedValue<T, Key>, key: Key, compute: () => T): T {
    return this.base.lasting(value, key, compute);
  }
  shared<T, Days extends DerivedKey>(value: DerivedValue<T, Days>, days: Days, compute: () => T): T {
    return remembered(this.sharedValues, value, days, compute);
  }
}

function historyBase(cohort: Cohort, options: HistoryShape): HistoryBase {
  const shape: HistoryShape = {
    staleOpenEpisodes: options.staleOpenEpisodes, placementCounting: options.placementCounting, collapseUnchangedMoves: options.collapseUnchangedMoves,
  };
  return new CohortHistories(cohort, shape);
}

/**
 * Every child's history under one shape, and the values kept with it (`lasting`): built once
 * per cohort and shape. The histories are laid out together as columns (`layOut`): each
 * child's rows, care span and number of periods, by position. A history is made as an object
 * only when asked for (`at`, `of`, `where`): most indicators read the columns alone, and a
 * national return has a million children.
 */
class CohortHistories implements HistoryBase {
  /** Histories of children `of` was asked about that are not in the cohort. */
  private readonly outsiders = new Map<ChildRecord, ChildHistory>();
  /** Finds a child's position by its id (the cohort is in id order): no map of every child. */
  private idCursor: IdCursor | null = null;
  /** Filled as the histories are laid out: read through `columns`, which lays them out first. */
  private readonly episodeColumns: EpisodeColumns;
  private laid: LaidOut | null = null;
  /** The histories made as objects so far, by position. */
  private readonly made: (ChildHistory | undefined)[];
  private all: readonly ChildHistory[] | null = null;
  private starts: DayIndex | null = null;
  private ends: DayIndex | null = null;
  private childIds: string[] | null = null;
  private readonly lastingValues: DerivedValues = new Map();

  constructor(
    private readonly cohort: Cohort,
    readonly shape: HistoryShape,
  ) {
    this.episodeColumns = new EpisodeColumns(cohort.episodes.length);
    this.made = new Array<ChildHistory | undefined>(cohort.children.length);
  }

  get columns(): EpisodeColumns {
    this.layOut();
    return this.episodeColumns;
  }

  get children(): readonly ChildHistory[] {
    if (this.all === null) {
      const all = new Array<ChildHistory>(this.cohort.children.length);
      for (let position = 0; position < all.length; position += 1) all[position] = this.at(position);
      this.all = all;
    }
    return this.all;
  }

  at(position: number): ChildHistory {
    let history = this.made[position];
    if (history === undefined) {
      const laid = this.layOut();
      const child = this.cohort.children[position]!;
      history = new BuiltHistory(
        child, position, laid.changed.get(position) ?? this.cohort.episodes.of(position, child.childId), laid.rows.first[position]!, laid.periods[position]!,
        laid.spans.starts[position]!, laid.spans.ends[position]!, this.episodeColumns, this.shape.collapseUnchangedMoves,
      );
      this.made[position] = history;
    }
    return history;
  }

  where(test: (child: ChildRecord, position: number) => boolean): ChildHistory[] {
    return this.positionsWhere(test).map((position) => this.at(position));
  }

  positionsWhere(test: (child: ChildRecord, position: number) => boolean): number[] {
    this.layOut();
    const children = this.cohort.children;
    const found: number[] = [];
    for (let position = 0; position < children.length; position += 1) if (test(children[position]!, position)) found.push(position);
    return found;
  }

  episodeAt(position: number, row: number): Episode {
    const { changed, rows } = this.layOut();
    const k = row - rows.first[position]!;
    const episodes = changed.get(position);
    // A child the policy leaves alone has its rows in the cohort's order.
    return episodes !== undefined ? episodes[k]! : this.cohort.episodes.episodeAt(this.cohort.episodes.first[position]! + k, this.cohort.children[position]!.childId);
  }

  of(child: ChildRecord): ChildHistory {
    this.layOut();
    const found = (this.idCursor ??= new IdCursor(this.ids)).positionOf(child.childId);
    if (found >= 0 && this.cohort.children[found] === child) return this.at(found);
    let h = this.outsiders.get(child);
    if (h === undefined) {
      // A cohort built by hand out of id order is searched; a child it does not hold gets a history of its own.
      const position = this.cohort.children.indexOf(child);
      h = position >= 0 ? this.at(position) : standaloneHistory(child, [], this.shape, this.episodeColumns);
      this.outsiders.set(child, h);
    }
    return h;
  }

  get ids(): readonly string[] {
    return (this.childIds ??= this.cohort.children.map((c) => c.childId));
  }

  get careSpans(): { starts: Float64Array; ends: Float64Array } {
    return this.layOut().spans;
  }

  get rows(): { first: Int32Array; count: Int32Array } {
    return this.layOut().rows;
  }

  startingIn(from: number, to: number): ArrayLike<number> {
    if (!DayIndex.fits(this.cohort.children.length)) return this.everyone();
    return (this.starts ??= this.dayIndexOfRows(STARTS_CARE, this.columns.start)).childrenIn(from, to);
  }

  endingIn(from: number, to: number): ArrayLike<number> {
    if (!DayIndex.fits(this.cohort.children.length)) return this.everyone();
    return (this.ends ??= this.dayIndexOfRows(ENDS_CARE, this.columns.end)).childrenIn(from, to);
  }

  /** The children by the `days` of their episode rows with `flag` (starts of care by DECOM, ends by DEC). */
  private dayIndexOfRows(flag: number, days: Float64Array | Int32Array): DayIndex {
    const { rows, columns } = this;
    return new DayIndex(
      rows.first.length,
      (position, push) => {
        const first = rows.first[position]!;
        for (let row = first; row < first + rows.count[position]!; row += 1) if (columns.is(row, flag)) push(days[row]!);
      },
      days.length,
    );
  }

  lasting<T, Key extends DerivedKey>(value: DerivedValue<T, Key>, key: Key, compute: () => T): T {
    return remembered(this.lastingValues, value, key, compute);
  }

  private everyone(): number[] {
    return this.cohort.children.map((_, position) => position);
  }

  /** Every child's episodes (under `staleOpenEpisodes`) as rows of the columns, with their periods and spells, in cohort order. */
  private layOut(): LaidOut {
    if (this.laid !== null) return this.laid;
    const { cohort, shape } = this;
    const columns = this.episodeColumns;
    const count = cohort.children.length;
    const laid: LaidOut = {
      rows: { first: new Int32Array(count), count: new Int32Array(count) },
      spans: { starts: new Float64Array(count), ends: new Float64Array(count) },
      periods: new Int32Array(count),
      changed: new Map(),
    };
    const scratch = new LayoutScratch();
    const pool: Episode[][] = [];
    for (let position = 0; position < count; position += 1) {
      const childId = cohort.children[position]!.childId;
      // Objects reused child after child, unless the policy changes the child's episodes (kept in `changed`).
      let episodes = episodesUnder(shape.staleOpenEpisodes, cohort.episodes.reusedOf(position, childId, pool));
      if (episodes !== pool[cohort.episodes.countOf(position)]) {
        episodes = episodesUnder(shape.staleOpenEpisodes, cohort.episodes.of(position, childId));
        laid.changed.set(position, episodes);
      }
      const first = columns.append(episodes);
      laid.rows.first[position] = first;
      laid.rows.count[position] = episodes.length;
      laid.periods[position] = placeRows(columns, first, episodes, shape, scratch);
      laid.spans.starts[position] = careStartOf(columns, first, episodes.length);
      laid.spans.ends[position] = careEndOf(columns, first, episodes.length);
    }
    return (this.laid = laid);
  }
}

/** Every child's history as columns, by position in the cohort (`CohortHistories.layOut`). */
interface LaidOut {
  rows: { first: Int32Array; count: Int32Array };
  spans: { starts: Float64Array; ends: Float64Array };
  /** How many periods of care each child has. */
  periods: Int32Array;
  /** The children whose episodes `staleOpenEpisodes` changes, with those episodes (the rest keep their own list). */
  changed: Map<number, Episode[]>;
}

/** Numbers the periods and spells of `episodes`, laid at `first` in the columns; returns how many periods there are. */
function placeRows(columns: EpisodeColumns, first: number, episodes: Episode[], shape: HistoryShape, scratch: LayoutScratch): number {
  // The scratch's whole numbers hold the links while periods are chained, then each period's rows.
  const periodCount = chainEpisodes(episodes, columns.period, first, scratch);
  placeSpells(columns, first, episodes, periodCount, shape.placementCounting, shape.collapseUnchangedMoves, scratch);
  return periodCount;
}

/** The care span's start (see `ChildHistory.careStart`) of rows [first, first + count). */
function careStartOf(columns: EpisodeColumns, first: number, count: number): number {
  let careStart = Infinity;
  for (let row = first; row < first + count; row += 1) careStart = Math.min(careStart, columns.start[row]!, columns.end[row]!);
  return careStart;
}

function careEndOf(columns: EpisodeColumns, first: number, count: number): number {
  let careEnd = -Infinity;
  for (let row = first; row < first + count; row += 1) careEnd = Math.max(careEnd, columns.start[row]!, columns.end[row]!);
  return careEnd;
}

/** The history of a child with `stitched` episodes laid out alone, after whatever rows `columns` holds. */
function standaloneHistory(child: ChildRecord, stitched: Episode[], shape: HistoryShape, columns: EpisodeColumns): ChildHistory {
  const episodes = episodesUnder(shape.staleOpenEpisodes, stitched);
  const first = columns.append(episodes);
  const periodCount = placeRows(columns, first, episodes, shape, new LayoutScratch());
  return new BuiltHistory(
    child, -1, episodes, first, periodCount, careStartOf(columns, first, episodes.length), careEndOf(columns, first, episodes.length), columns, shape.collapseUnchangedMoves,
  );
}

/** Derived values by value (its identity is its name), then by their key. */
type DerivedValues = Map<object, Map<string, unknown>>;

/** The value under `key`, computed on first request. */
function remembered<T>(values: DerivedValues, value: object, key: DerivedKey, compute: () => T): T {
  let byKey = values.get(value);
  if (byKey === undefined) values.set(value, (byKey = new Map()));
  // A key's parts are days and names: "\u0000" is in none, so the joined text is the key's alone.
  const text = key.join("\u0000");
  if (byKey.has(text)) return byKey.get(text) as T;
  const result = compute();
  byKey.set(text, result);
  return result;
}

/** The history of `child` with its stitched `episodes` (in chaining order), laid out alone. */
export function buildChildHistory(child: ChildRecord, episodes: Episode[], options: HistoryShape): ChildHistory {
  return standaloneHistory(child, episodes, options, new EpisodeColumns(episodes.length));
}

/**
 * One child's history as an object, over rows already laid out (`placeRows`): its periods
 * and spells are worked out on its rows (`chainEpisodes`, `splitSpells`), each row saying which
 * period and spell it is in, with their starts, and `periods` and `spells` are made from the
 * rows as objects only when read (a national return has hundreds of thousands of each, and
 * only a few indicators read them, once per history).
 */
class BuiltHistory implements ChildHistory {
  constructor(
    readonly child: ChildRecord,
    readonly position: number,
    readonly episodes: Episode[],
    readonly first: number,
    private readonly periodCount: number,
    readonly careStart: number,
    readonly careEnd: number,
    readonly columns: EpisodeColumns,
    private readonly collapseUnchangedMoves: boolean,
  ) {}

  get periods(): PeriodOfCare[] {
    return periodsOf(this.episodes, this.columns.period, this.first, this.periodCount);
  }

  get spells(): Spell[][] {
    return this.spellsOf(this.periods);
  }

  get places(): readonly CurrentEpisode[] {
    const { columns, first } = this;
    const periods = this.periods;
    const spells = this.spellsOf(periods);
    const spellsBefore: number[] = [];
    let count = 0;
    for (const periodSpells of spells) {
      spellsBefore.push(count);
      count += periodSpells.length;
    }
    return this.episodes.map((episode, k) => {
      const period = columns.period[first + k]!;
      const spellIndex = columns.spell[first + k]! - spellsBefore[period]!;
      return { episode, period: periods[period]!, spell: spells[period]![spellIndex]!, spellIndex };
    });
  }

  isShortBreak(k: number): boolean {
    return this.columns.is(this.first + k, SHORT_BREAK);
  }

  carerSpells(period: PeriodOfCare): Spell[] {
    return placementSpells(period, "carer", this.collapseUnchangedMoves);
  }

  /** Each period's spells, from its rows' spells. */
  private spellsOf(periods: readonly PeriodOfCare[]): Spell[][] {
    const { columns, first } = this;
    if (periods.length === 1) return [spellsOf(periods[0]!, columns.spell.subarray(first, first + this.episodes.length))];
    const spellOf: number[][] = periods.map(() => []);
    for (let row = first; row < first + this.episodes.length; row += 1) spellOf[columns.period[row]!]!.push(columns.spell[row]!);
    return periods.map((period, k) => spellsOf(period, spellOf[k]!));
  }
}

/**
 * Splits each of the child's periods (rows `first` on, their periods already chained) into
 * placement spells, and writes each row's spell, its period's start, its spell's start and the
 * start of the spell before it in the period (`EpisodeColumns.placeRow`).
 */
function placeSpells(columns: EpisodeColumns, first: number, episodes: Episode[], periodCount: number, counting: PlacementCounting, collapseUnchangedMoves: boolean, scratch: LayoutScratch): void {
  const spellOf = scratch.spellOf;
  let spellsBefore = 0;
  for (let period = 0; period < periodCount; period += 1) {
    // The period's rows in chain order: every row when the child has one period.
    const rows = periodCount === 1 ? null : scratch.ints(episodes.length);
    let chain = episodes;
    if (rows !== null) {
      let count = 0;
      for (let row = first; row < first + episodes.length; row += 1) if (columns.period[row] === period) rows[count++] = row;
      chain = scratch.chainOf(count);
      for (let i = 0; i < count; i += 1) chain[i] = episodes[rows[i]! - first]!;
    }
    const spells = splitSpells(chain, counting, collapseUnchangedMoves, spellOf);
    let spellStart = NaN;
    let previousSpellStart = NaN;
    for (let i = 0; i < chain.length; i += 1) {
      if (i === 0 || spellOf[i] !== spellOf[i - 1]) {
        previousSpellStart = spellStart;
        spellStart = chain[i]!.start;
      }
      columns.placeRow(rows === null ? first + i : rows[i]!, spellsBefore + spellOf[i]!, chain[0]!.start, spellStart, previousSpellStart);
    }
    spellsBefore += spells;
  }
}

/** The child's episodes under `staleOpenEpisodes` (indicators.md §1.5); `keep` leaves them as stitched. */
function episodesUnder(policy: ScorecardOptions["staleOpenEpisodes"], episodes: Episode[]): Episode[] {
  if (policy === "keep" || !hasStaleOpenEpisode(episodes)) return episodes;
  return policy === "close" ? closeStaleEpisodes(episodes) : truncateStaleEpisodes(episodes);
}

function hasStaleOpenEpisode(episodes: readonly Episode[]): boolean {
  for (let k = 0; k < episodes.length; k += 1) if (episodes[k]!.stale && episodes[k]!.end === null) return true;
  return false;
}

/**
 * `staleOpenEpisodes: "truncate"` (the default): a stale open episode covers the child up to
 * and including 31 March of its return's year and nothing after. The cut is not an event: no
 * REC, so it ends no care and links to no later episode (a later one starts its own period).
 * A DECOM after that 31 March (bad data) keeps only its first day. Re-sorted, as the cut can
 * move an episode before a same-DECOM neighbour in chaining order.
 */
function truncateStaleEpisodes(episodes: Episode[]): Episode[] {
  return episodes
    .map((e): Episode => {
      if (!e.stale || e.end !== null || e.endYear === null) return e;
      const yearEnd = collectionYearEnd(e.endYear);
      return { ...e, end: yearEnd > e.start ? yearEnd : e.start, endReason: null, truncated: true };
    })
    .sort(compareEpisodes);
}

/**
 * `staleOpenEpisodes: "close"`: a stale open episode ends at the child's next DECOM with
 * REC X1; with no later episode it stays open (indicators.md §1.5).
 */
function closeStaleEpisodes(episodes: Episode[]): Episode[] {
  if (!episodes.some((e) => e.stale)) return episodes;
  return episodes.map((e) => {
    if (!e.stale || e.end !== null) return e;
    const next = episodes.find((o) => o.start > e.start);
    return next ? { ...e, end: next.start, endReason: "X1" } : e;
  });
}

/** Index of the current episode at R (§1.6): covering R, not a short break, latest DECOM; ties: open, later DEC, read last. −1: none. */
function currentEpisodeIndex(history: ChildHistory, asAt: number): number {
  if (history.careStart > asAt || history.careEnd <= asAt) return -1;
  const best = currentRowOf(history.columns, history.first, history.episodes.length, asAt);
  return best === -1 ? -1 : best - history.first;
}

/*
 * The questions asked of one child's rows [first, first + count) of the typed columns, whether
 * the rows come from its history or from the index by position (the typed snapshot). Callers
 * check the care span first: outside it none of them can answer yes.
 */

/** The current episode's row at R (§1.6), or −1. */
function currentRowOf(columns: EpisodeColumns, first: number, count: number, asAt: number): number {
  let best = -1;
  for (let row = first; row < first + count; row += 1) {
    if (columns.is(row, SHORT_BREAK) || !columns.covers(row, asAt)) continue;
    if (best === -1 || isLaterCurrent(columns, row, best)) best = row;
  }
  return best;
}

/** A short-break row covers `day`. */
export function shortBreakCovers(columns: EpisodeColumns, first: number, count: number, day: number): boolean {
  for (let row = first; row < first + count; row += 1) {
    if (columns.is(row, SHORT_BREAK) && columns.covers(row, day)) return true;
  }
  return false;
}

/** A short-break row overlaps the closed window [start, end]. */
export function shortBreakOverlaps(columns: EpisodeColumns, first: number, count: number, start: number, end: number): boolean {
  for (let row = first; row < first + count; row += 1) {
    if (columns.is(row, SHORT_BREAK) && columns.overlaps(row, start, end)) return true;
  }
  return false;
}

/** The row in `history.columns` of the current episode at R (§1.6), or −1 when not looked after at R. */
export function currentRow(history: ChildHistory, asAt: number): number {
  const i = currentEpisodeIndex(history, asAt);
  return i === -1 ? -1 : history.first + i;
}

/**
 * The current episode at R (§1.6) with its period and spell, or null when not looked after at R.
 *
 * @example
 * ```ts
 * const current = currentEpisode(context.history.of(child), context.asAt);
 * current?.episode.placementType; // e.g. "U1" while the child is in care on the as-at date
 * ```
 */
export function currentEpisode(history: ChildHistory, asAt: number): CurrentEpisode | null {
  const i = currentEpisodeIndex(history, asAt);
  return i === -1 ? null : history.places[i]!;
}

const CURRENT_ROWS = /* @__PURE__ */ derivedValue<Int32Array, [asAt: number]>("current episode rows");

/**
 * The typed snapshot at R: for every child of the index (cohort order), the row in
 * `index.columns` of its current episode (§1.6, as `currentEpisode`), or −1 when not looked
 * after at R. Read from the typed columns alone, no child's history visited; the row's
 * `periodStart`, `spellStart`, `previousSpellStart` and `placementType` are what indicators ask
 * of the current episode. Computed once per R.
 *
 * @example
 * ```ts
 * const current = currentRowsAt(context.history, context.asAt);
 * const { periodStart } = context.history.columns;
 * if (current[position]! >= 0 && periodStart[current[position]!]! <= startBy) { … } // in care since startBy
 * ```
 */
export function currentRowsAt(index: HistoryIndex, asAt: number): Int32Array {
  return index.shared(CURRENT_ROWS, [asAt], () => {
    const { careSpans, rows, columns } = index;
    const current = new Int32Array(rows.first.length).fill(-1);
    for (let i = 0; i < current.length; i += 1) {
      // The care span says most children are not in care at R.
      if (careSpans.starts[i]! <= asAt && careSpans.ends[i]! > asAt) current[i] = currentRowOf(columns, rows.first[i]!, rows.count[i]!, asAt);
    }
    return current;
  });
}

/** The short-break questions of the children by position, from the typed columns (`shortBreaksOf`). */
export interface ShortBreaks {
  /** Covered on `day` by a short-break episode (LS V3/V4): `isOnShortBreak` of the child at `position`. */
  at(position: number, day: number): boolean;
  /** `hasShortBreakOverlapping` of the child at `position`. */
  overlapping(position: number, start: number, end: number): boolean;
}

/**
 * The short-break questions over `index`'s columns, read once: a loop over every child asks
 * them without going through the index's accessors per child.
 */
export function shortBreaksOf(index: HistoryIndex): ShortBreaks {
  const { careSpans: { starts, ends }, rows: { first, count }, columns } = index;
  return {
    at: (position, day) => starts[position]! <= day && ends[position]! > day && shortBreakCovers(columns, first[position]!, count[position]!, day),
    overlapping: (position, start, end) => starts[position]! <= end && ends[position]! >= start && shortBreakOverlaps(columns, first[position]!, count[position]!, start, end),
  };
}

/** Row `row` is a later current episode than row `best`: later DECOM, then open, then later DEC (open is Infinity), then read last. */
function isLaterCurrent({ start, end, readOrder }: EpisodeColumns, row: number, best: number): boolean {
  if (start[row] !== start[best]) return start[row]! > start[best]!;
  if (end[row] !== end[best]) return end[row]! > end[best]!;
  return readOrder[row]! > readOrder[best]!;
}

/**
 * CLA(R): at least one non-short-break episode covers R (§1.9).
 *
 * @example
 * ```ts
 * isLookedAfterOn(context.history.of(child), context.asAt); // true when in care that day
 * ```
 */
export function isLookedAfterOn(history: ChildHistory, day: number): boolean {
  return currentEpisodeIndex(history, day) !== -1;
}

/** Covered at R by a short-break episode (LS V3/V4). */
export function isOnShortBreak(history: ChildHistory, day: number): boolean {
  if (history.careStart > day || history.careEnd <= day) return false;
  return shortBreakCovers(history.columns, history.first, history.episodes.length, day);
}

/** A short-break episode (LS V3/V4) overlapping the closed window [start, end]. */
export function hasShortBreakOverlapping(history: ChildHistory, start: number, end: number): boolean {
  if (!careSpanOverlaps(history, start, end)) return false;
  return shortBreakOverlaps(history.columns, history.first, history.episodes.length, start, end);
}

/**
 * UASC at D: in uasc.csv and DUC blank or after D (§1.7).
 *
 * @example
 * ```ts
 * isUascOn(child, dayFromIso("2019-01-31")); // true while the child is an unaccompanied asylum-seeking child
 * ```
 */
export function isUascOn(child: ChildRecord, day: number): boolean {
  return child.uasc !== null && (child.uasc.ceased === null || child.uasc.ceased > day);
}

/** False when no episode of the child can overlap the closed window [start, end] (the care span does not reach it). */
export function careSpanOverlaps(history: ChildHistory, start: number, end: number): boolean {
  return history.careStart <= end && history.careEnd >= start;
}
