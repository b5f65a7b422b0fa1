import { type Day, dayFromYmd, isValidYmd } from "../dates/day.js";
import type { RuleTableName } from "../model/columns.js";

/** A table as a rule addresses it: this year's (`episodes`) or last year's (`episodes_last`). */
export type TableKey = RuleTableName | `${RuleTableName}_last`;

/**
 * A read-only view derived from a table (an ordering of its rows, an index), built once per
 * table on first use and shared by every rule that asks for it. A view is a module constant,
 * so a reader finds where it is built by following the name.
 */
export interface TableView<T> {
  readonly build: (table: RuleTable) => T;
}

export const tableView = <T>(build: (table: RuleTable) => T): TableView<T> => Object.freeze({ build });

const DATE_903 = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date as the DfE reads it: `DD/MM/YYYY` only (day and month may have one digit), and a
 * real day; anything else, blank included, is null (the peer's `errors="coerce"`).
 */
export function dayFromRuleDate(value: string | null): Day | null {
  if (value === null) return null;
  const m = DATE_903.exec(value);
  if (m === null) return null;
  const year = Number(m[3]);
  const month = Number(m[2]);
  const day = Number(m[1]);
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : null;
}

/**
 * One file's rows as the rules see them (issue 14, "How the rules see the data"): every
 * record the file holds, rejected ones included, values upper-cased and not trimmed, "" read
 * as null (blank). Rows are numbered 0…n−1; `lines` gives each one's physical line.
 *
 * Shared by every rule of a run and read-only: each derived view (a column, its dates, the
 * rows by child) is built once, on first use, and frozen, so no rule can see another's changes.
 */
export class RuleTable {
  private readonly columnIndex: ReadonlyMap<string, number>;
  private readonly columnCache = new Map<string, readonly (string | null)[]>();
  private readonly dateCache = new Map<string, readonly (Day | null)[]>();
  private childIndex: ReadonlyMap<string, readonly number[]> | null = null;
  /** The CHILD column, kept at hand: rules ask a row's child in their inner loops. */
  private children: readonly (string | null)[] | null = null;
  private readonly views = new Map<TableView<unknown>, unknown>();
  private readonly joins = new Map<RuleTable, readonly (readonly number[] | null)[]>();

  constructor(
    readonly key: TableKey,
    /** Path relative to the data folder (`2022-23/episodes.csv`). */
    readonly file: string,
    /** Column names as the header gives them, trimmed and upper-cased. */
    readonly columns: readonly string[],
    /** Per column in header order, each row's field (raw: not trimmed, not upper-cased); column-major, so a table is a few arrays rather than an array per row. */
    private readonly fields: readonly (readonly string[])[],
    /** Per row, the physical line on which it starts (header = 1). */
    readonly lines: readonly number[],
  ) {
    const index = new Map<string, number>();
    columns.forEach((name, k) => {
      if (!index.has(name)) index.set(name, k);
    });
    this.columnIndex = index;
    Object.freeze(lines);
  }

  get rowCount(): number {
    return this.lines.length;
  }

  has(column: string): boolean {
    return this.columnIndex.has(column);
  }

  /** A column's values, upper-cased, null for blank; all null when the file lacks the column. */
  column(name: string): readonly (string | null)[] {
    let values = this.columnCache.get(name);
    if (values === undefined) {
      const k = this.columnIndex.get(name);
      const raw = k === undefined ? null : this.fields[k]!;
      values = Object.freeze(raw === null ? new Array<null>(this.rowCount).fill(null) : raw.map((value) => (value === "" ? null : value.toUpperCase())));
      this.columnCache.set(name, values);
    }
    return values;
  }

  /** A column read as DfE dates (`dayFromRuleDate`): null for blank or not a DD/MM/YYYY date. */
  dates(name: string): readonly (Day | null)[] {
    let days = this.dateCache.get(name);
    if (days === undefined) {
      // A column repeats its dates (a return spans a few thousand days): parse each text once.
      const parsed = new Map<string, Day | null>();
      days = Object.freeze(
        this.column(name).map((text) => {
          if (text === null) return null;
          let day = parsed.get(text);
          if (day === undefined) parsed.set(text, (day = dayFromRuleDate(text)));
          return day;
        }),
      );
      this.dateCache.set(name, days);
    }
    return days;
  }

  /** Row numbers by CHILD (rows with a blank CHILD are left out), each list in row order. */
  byChild(): ReadonlyMap<string, readonly number[]> {
    if (this.childIndex === null) {
      const index = new Map<string, number[]>();
      this.column("CHILD").forEach((child, row) => {
        if (child === null) return;
        const rows = index.get(child);
        if (rows === undefined) index.set(child, [row]);
        else rows.push(row);
      });
      for (const rows of index.values()) Object.freeze(rows);
      this.childIndex = index;
    }
    return this.childIndex;
  }

  /**
   * Per row of this table, the rows of `other` with the same CHILD (null when none, or when
   * CHILD is blank): the join of two tables by child, built once per pair of tables and shared
   * by every rule that joins them.
   */
  rowsOfChildIn(other: RuleTable): readonly (readonly number[] | null)[] {
    let joined = this.joins.get(other);
    if (joined === undefined) {
      const byChild = other.byChild();
      joined = Object.freeze(this.column("CHILD").map((child) => (child === null ? null : (byChild.get(child) ?? null))));
      this.joins.set(other, joined);
    }
    return joined;
  }

  /** Types the declared columns now rather than on first use (the load `loadRuleTables` shares): their text, their dates, the rows by child. */
  typeDeclaredColumns(columns: readonly { name: string; date: boolean }[]): void {
    for (const { name, date } of columns) {
      if (!this.has(name)) continue;
      if (date) this.dates(name);
      else this.column(name);
    }
    this.byChild();
  }

  /** A derived view of this table, built on first use (`tableView`). */
  view<T>(view: TableView<T>): T {
    if (!this.views.has(view)) this.views.set(view, view.build(this));
    return this.views.get(view) as T;
  }

  /**
   * Orders two rows by their contents, field by field as the file holds them: the last tie-break
   * of every ordering a rule makes, so that only rows alike in every field keep file order, and
   * swapping those changes nothing a rule reports.
   */
  compareContents(a: number, b: number): number {
    for (let k = 0; k < this.fields.length; k += 1) {
      const [u, v] = [this.fields[k]![a]!, this.fields[k]![b]!];
      if (u !== v) return u < v ? -1 : 1;
    }
    return a - b;
  }

  /** The child of a row (its CHILD as the rules see it), or null when blank. */
  childOf(row: number): string | null {
    this.children ??= this.column("CHILD");
    return this.children[row] ?? null;
  }
}
