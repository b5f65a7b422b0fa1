import type { Day } from "../../dates/day.js";
import { type CodeListName, codesValidIn } from "../../model/codeLists.js";
import { compareText } from "../../model/issue.js";
import { type RuleData, rowsWhere } from "../defineRule.js";
import { type RuleTable, tableView } from "../ruleTable.js";

/*
 * The shapes most single-column rules share, so each rule file states only its table, column
 * and codes. "Blank" is an empty field; a field of spaces is a value (the DfE reads it so).
 */

/** Rows whose `column` holds something that is not a DD/MM/YYYY date (blank passes). */
export function invalidDates(table: RuleTable, column: string): number[] {
  const values = table.column(column);
  const days = table.dates(column);
  return rowsWhere(table, (row) => values[row] !== null && days[row] === null);
}

/** Rows whose `column` is not one of `codes`; `blank` says whether an empty field passes. */
export function notOneOf(table: RuleTable, column: string, codes: ReadonlySet<string>, blank: "passes" | "fails"): number[] {
  const values = table.column(column);
  return rowsWhere(table, (row) => {
    const value = values[row] ?? null;
    return value === null ? blank === "fails" : !codes.has(value);
  });
}

export const codes = (...list: string[]): ReadonlySet<string> => new Set(list);

/** The legal statuses of short breaks (respite, V3 and V4), which many rules leave out. */
export const RESPITE: ReadonlySet<string> = /* @__PURE__ */ codes("V3", "V4");

/** Temporary placements (T0–T4), and the placement types that from 2025-26 stand where Z1 stood. */
export const TEMPORARY_PLACEMENTS = ["T0", "T1", "T2", "T3", "T4"] as const;
export const Z_PLACEMENTS_FROM_2025 = ["Z11", "Z12", "Z13", "Z14"] as const;

/**
 * A code list as the reader declares it (src/model/codeLists.ts), valid in a ruleset's
 * year: the DfE's rules and the reader check one list. Default 2022-23, the base ruleset, for
 * rules whose list has not changed since.
 */
export const listCodes = (list: CodeListName, rulesetEndYear = 2023): ReadonlySet<string> => codesValidIn(list, rulesetEndYear);

/** Rows where some of `columns` are given and others blank (all or none must be). */
export function givenTogether(table: RuleTable, columns: readonly string[]): number[] {
  const values = columns.map((column) => table.column(column));
  return rowsWhere(table, (row) => {
    let given = 0;
    for (let k = 0; k < values.length; k += 1) if (values[k]![row] !== null) given += 1;
    return given !== 0 && given !== columns.length;
  });
}

/** Rows whose date in `column` is a real date for which `test(day)` holds (blank and invalid pass). */
export function datesWhere(table: RuleTable, column: string, test: (day: Day) => boolean): number[] {
  const days = table.dates(column);
  return rowsWhere(table, (row) => days[row] !== null && test(days[row]!));
}

/** Rows where both dates are real and `first` falls after `second`. */
export function dateAfter(table: RuleTable, first: string, second: string): number[] {
  const a = table.dates(first);
  const b = table.dates(second);
  return rowsWhere(table, (row) => a[row] !== null && b[row] !== null && a[row]! > b[row]!);
}

/**
 * Rows whose `when` column holds one of `whenCodes` while `then` is not one of `allowed`
 * (blank is not allowed): "if the adopters are a married couple, their sexes must be MF".
 */
export function whenThenOneOf(table: RuleTable, when: string, whenCodes: ReadonlySet<string>, then: string, allowed: ReadonlySet<string>): number[] {
  const a = table.column(when);
  const b = table.column(then);
  return rowsWhere(table, (row) => a[row] !== null && whenCodes.has(a[row]!) && !(b[row] !== null && allowed.has(b[row]!)));
}

/** Rows where `first` is one of `firstCodes` and `second` one of `secondCodes`: a pairing that cannot be. */
export function codePair(table: RuleTable, first: string, firstCodes: ReadonlySet<string>, second: string, secondCodes: ReadonlySet<string>): number[] {
  const a = table.column(first);
  const b = table.column(second);
  return rowsWhere(table, (row) => a[row] !== null && firstCodes.has(a[row]!) && b[row] !== null && secondCodes.has(b[row]!));
}

type Cells = readonly (string | null)[];

/**
 * Rows of `table` where `fails` holds for the row's values of `columns` (in that order): the
 * shape of rules that relate a few items of one record, such as OC2's substance-misuse items.
 */
export function rowsWhereValues(table: RuleTable, columns: readonly string[], fails: (...values: (string | null)[]) => boolean): number[] {
  const read: Cells[] = columns.map((column) => table.column(column));
  const [a, b, c] = read as [Cells, Cells, Cells];
  // Up to three columns without an array per row (the common case, run on every row of a table).
  if (read.length === 1) return rowsWhere(table, (row) => fails(a[row] ?? null));
  if (read.length === 2) return rowsWhere(table, (row) => fails(a[row] ?? null, b[row] ?? null));
  if (read.length === 3) return rowsWhere(table, (row) => fails(a[row] ?? null, b[row] ?? null, c[row] ?? null));
  return rowsWhere(table, (row) => fails(...read.map((values) => values[row] ?? null)));
}

/**
 * Each child's episode rows in DECOM order, as the DfE's tool puts them, a DECOM that is not a
 * DD/MM/YYYY date last (or first, for the one rule whose tool fills it with 1901). Rows of equal
 * DECOM, which that tool keeps in file order, are ordered by DEC, REC, then their contents, so
 * that no result depends on the order of rows in the file. Rows with a blank CHILD are left out (they belong to
 * no child).
 */
export function episodesByChildInOrder(episodes: RuleTable, unreadableDecom: "last" | "first" = "last"): readonly (readonly number[])[] {
  return episodes.view(unreadableDecom === "last" ? IN_DECOM_ORDER : IN_DECOM_ORDER_UNREADABLE_FIRST);
}

function decomOrder(unreadableDecom: "last" | "first") {
  return tableView((episodes): readonly (readonly number[])[] => {
    const decom = episodes.dates("DECOM");
    const dec = episodes.dates("DEC");
    const rec = episodes.column("REC");
    const unreadable = unreadableDecom === "last" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    const last = Number.POSITIVE_INFINITY;
    const startOf = (row: number) => decom[row] ?? unreadable;
    const order = (a: number, b: number) =>
      startOf(a) - startOf(b) || (dec[a] ?? last) - (dec[b] ?? last) || compareText(rec[a] ?? "", rec[b] ?? "") || episodes.compareContents(a, b);
    return Object.freeze([...episodes.byChild().values()].map((rows) => Object.freeze(sortedCopy(rows, order))));
  });
}

const IN_DECOM_ORDER = /* @__PURE__ */ decomOrder("last");
const IN_DECOM_ORDER_UNREADABLE_FIRST = /* @__PURE__ */ decomOrder("first");

/**
 * A child's rows sorted by `order`, copied. Most children have a handful of rows: those are
 * sorted by insertion, without the scratch arrays Array.prototype.sort allocates on every call.
 */
export function sortedCopy(rows: readonly number[], order: (a: number, b: number) => number): number[] {
  if (rows.length > 16) return [...rows].sort(order);
  const sorted = rows.slice();
  for (let k = 1; k < sorted.length; k += 1) {
    const row = sorted[k]!;
    let j = k - 1;
    for (; j >= 0 && order(sorted[j]!, row) > 0; j -= 1) sorted[j + 1] = sorted[j]!;
    sorted[j + 1] = row;
  }
  return sorted;
}

/** Each pair of a child's consecutive episodes in DECOM order, as [previous, current] rows. */
export function consecutiveEpisodes(episodes: RuleTable): readonly (readonly [number, number])[] {
  return episodes.view(CONSECUTIVE_EPISODES);
}

const CONSECUTIVE_EPISODES = /* @__PURE__ */ tableView((episodes): readonly (readonly [number, number])[] => {
  const pairs: (readonly [number, number])[] = [];
  for (const rows of episodesByChildInOrder(episodes)) {
    for (let k = 1; k < rows.length; k += 1) pairs.push([rows[k - 1]!, rows[k]!]);
  }
  return Object.freeze(pairs);
});

/** Whether two cells hold the same value, blank equal to blank (the tool's `fillna` before comparing). */
export const sameOrBothBlank = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? null) === (b ?? null);

/** Whether two cells hold the same value, a blank equal to nothing (the tool's `==` on missing values). */
export const sameAndGiven = (a: string | null | undefined, b: string | null | undefined): boolean => a != null && a === b;

/**
 * Each child's rows of `table` ordered by the dates in `columns` (the first, then the next for
 * ties), earliest first or latest first; a value that is not a DD/MM/YYYY date comes last either
 * way (as pandas sorts a missing date), and rows still tied are ordered by their contents (so that
 * no result depends on the file's order). Blank CHILD is left out.
 */
export function rowsByChildInOrder(table: RuleTable, columns: readonly string[], direction: "earliest first" | "latest first" = "earliest first"): (readonly number[])[] {
  const order = orderByDates(table, columns, direction);
  return [...table.byChild().values()].map((rows) => sortedCopy(rows, order));
}

/** Each child's first row in the order `rowsByChildInOrder` puts them (found in one pass, not sorted). */
export function firstRowsByChildInOrder(table: RuleTable, columns: readonly string[], direction: "earliest first" | "latest first" = "earliest first"): number[] {
  const order = orderByDates(table, columns, direction);
  const firsts: number[] = [];
  for (const rows of table.byChild().values()) {
    let first = rows[0]!;
    for (let k = 1; k < rows.length; k += 1) if (order(rows[k]!, first) < 0) first = rows[k]!;
    firsts.push(first);
  }
  return firsts;
}

function orderByDates(table: RuleTable, columns: readonly string[], direction: "earliest first" | "latest first"): (a: number, b: number) => number {
  const keys = columns.map((column) => table.dates(column));
  const sign = direction === "earliest first" ? 1 : -1;
  return (a, b) => {
    for (let k = 0; k < keys.length; k += 1) {
      const [x, y] = [keys[k]![a] ?? null, keys[k]![b] ?? null];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return sign * (x - y);
    }
    return table.compareContents(a, b);
  };
}

/**
 * Per row of a table of `rowCount` rows, 1 where `rows` names it (undefined names none): the
 * rows a rule picked ("each child's first episode"), tested by row in its inner loop.
 */
export function rowMarks(rowCount: number, rows: Iterable<number | undefined>): Uint8Array {
  const marks = new Uint8Array(rowCount);
  for (const row of rows) if (row !== undefined) marks[row] = 1;
  return marks;
}

/** The first of `rows` for which `test` holds, or undefined. */
export function firstWhere(rows: readonly number[], test: (row: number) => boolean): number | undefined {
  for (let k = 0; k < rows.length; k += 1) if (test(rows[k]!)) return rows[k];
  return undefined;
}

/** The last of `rows` for which `test` holds, or undefined. */
export function lastWhere(rows: readonly number[], test: (row: number) => boolean): number | undefined {
  for (let k = rows.length - 1; k >= 0; k -= 1) if (test(rows[k]!)) return rows[k];
  return undefined;
}

/**
 * A child's periods (missing episodes, DoLOs) that start while the one before is open or before
 * it ended: in order of their end (the start for one still open), then start, then contents.
 * Dates that are not DD/MM/YYYY sort last and count as open.
 */
export function overlappingPeriods(table: RuleTable, startColumn: string, endColumn: string): number[] {
  const start = table.dates(startColumn);
  const end = table.dates(endColumn);
  const last = Number.POSITIVE_INFINITY;
  const order = (a: number, b: number) => (end[a] ?? start[a] ?? last) - (end[b] ?? start[b] ?? last) || (start[a] ?? last) - (start[b] ?? last) || table.compareContents(a, b);
  const flagged: number[] = [];
  for (const rows of table.byChild().values()) {
    const sorted = sortedCopy(rows, order);
    for (let k = 1; k < sorted.length; k += 1) {
      const [before, row] = [sorted[k - 1]!, sorted[k]!];
      if (end[before] === null || (start[row] !== null && start[row]! < end[before]!)) flagged.push(row);
    }
  }
  return flagged;
}

/**
 * The rows of `left` and of `right` that pair up for some child (the same CHILD; blank matches
 * nothing) with `matches(leftRow, rightRow)`: the shape of the rules that join two tables.
 */
export function pairedByChild(left: RuleTable, right: RuleTable, matches: (leftRow: number, rightRow: number) => boolean): { left: number[]; right: number[] } {
  const joined = left.rowsOfChildIn(right);
  const [leftFlags, rightFlags] = [new Uint8Array(left.rowCount), new Uint8Array(right.rowCount)];
  for (let l = 0; l < joined.length; l += 1) {
    const others = joined[l];
    if (others === null || others === undefined) continue;
    for (let k = 0; k < others.length; k += 1) {
      const r = others[k]!;
      if (matches(l, r)) {
        leftFlags[l] = 1;
        rightFlags[r] = 1;
      }
    }
  }
  return { left: flaggedRows(leftFlags), right: flaggedRows(rightFlags) };
}

function flaggedRows(flags: Uint8Array): number[] {
  const rows: number[] = [];
  for (let row = 0; row < flags.length; row += 1) if (flags[row] === 1) rows.push(row);
  return rows;
}

/**
 * Rows of `left` for which `fails(leftRow, rightRow)` holds with some row of `right` for the same
 * child, or with `null` when `right` has none: the DfE's tool's left join, where a child missing
 * from the other table reads as blanks there.
 */
export function leftJoinedByChild(left: RuleTable, right: RuleTable, fails: (leftRow: number, rightRow: number | null) => boolean): number[] {
  const joined = left.rowsOfChildIn(right);
  return rowsWhere(left, (row) => {
    const matches = joined[row];
    if (matches === null || matches === undefined) return fails(row, null);
    for (let k = 0; k < matches.length; k += 1) if (fails(row, matches[k]!)) return true;
    return false;
  });
}

/**
 * Whether two cells name the same day: both given, and the same date when the first is a
 * DD/MM/YYYY date (1/5/2022 and 01/05/2022 agree), else the same text. Where the DfE's tool
 * compares dates as text, the rules compare them with this.
 */
export function sameDay(aText: string | null | undefined, aDay: Day | null | undefined, bText: string | null | undefined, bDay: Day | null | undefined): boolean {
  if (aText == null || bText == null) return false;
  return aDay != null ? aDay === bDay : aText === bText;
}

/** An episode's end as the DfE's tool fills it: its DEC; 31 March of the year checked while DEC is blank; null when DEC is not a date. */
export function endOrYearEnd(data: RuleData, episodes: RuleTable): (row: number) => Day | null {
  const [text, days] = [episodes.column("DEC"), episodes.dates("DEC")];
  return (row) => (text[row] === null ? data.collectionEnd : (days[row] ?? null));
}

/**
 * Whether an episode falls in the period from `start` to `end`: it began (a DECOM date) by
 * `end` and had not ended before `start` (a DEC that is blank or not a date counts as open, as the
 * DfE's tool reads it).
 */
export function episodeDuring(episodes: RuleTable, start: Day, end: Day): (row: number) => boolean {
  const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
  return (row) => decom[row] != null && decom[row]! <= end && (dec[row] == null || dec[row]! >= start);
}
