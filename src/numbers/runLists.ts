import { widened } from "./typedColumns.js";

/**
 * Runs of consecutive row numbers filed under positions 0 … n − 1, each position's in the order
 * filed, as a linked list in typed columns: a child's rows over several years (a run a year)
 * without a list per child, which a national cohort would otherwise carry until it is built.
 *
 * @example
 * ```ts
 * const runs = new RunLists(2);
 * runs.add(1, 10, 3); // rows 10, 11, 12
 * runs.add(1, 40, 1); // row 40
 * runs.runsOf(1); // 2
 * runs.rowsOf(1); // Int32Array [10, 11, 12, 40]
 * ```
 */
export class RunLists {
  /** Each position's first and last run (−1: none), and how many runs it has. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly runCount: Int32Array;
  /** Run r: its first row, how many rows, and the position's next run (−1: none). */
  private first = new Int32Array(256);
  private count = new Int32Array(256);
  private next = new Int32Array(256);
  private runs = 0;
  /** Reused by `rowsOf`. */
  private rows = new Int32Array(64);

  constructor(positions: number) {
    this.head = new Int32Array(positions).fill(-1);
    this.tail = new Int32Array(positions).fill(-1);
    this.runCount = new Int32Array(positions);
  }

  /** Files rows `first` … `first + count − 1` under `position`, after its runs filed so far. */
  add(position: number, first: number, count: number): void {
    const run = this.runs++;
    if (run === this.first.length) {
      this.first = widened(this.first, run * 2);
      this.count = widened(this.count, run * 2);
      this.next = widened(this.next, run * 2);
    }
    this.first[run] = first;
    this.count[run] = count;
    this.next[run] = -1;
    const last = this.tail[position]!;
    if (last < 0) this.head[position] = run;
    else this.next[last] = run;
    this.tail[position] = run;
    this.runCount[position]! += 1;
  }

  /** How many runs `position` has. */
  runsOf(position: number): number {
    return this.runCount[position]!;
  }

  /** The first row of `position`'s first run (it has one). */
  firstRowOf(position: number): number {
    return this.first[this.head[position]!]!;
  }

  /** How many rows `position`'s first run holds (it has one). */
  firstCountOf(position: number): number {
    return this.count[this.head[position]!]!;
  }

  /** Every row filed under `position`, in the order filed: a view of a buffer the next call reuses. */
  rowsOf(position: number): Int32Array {
    let n = 0;
    for (let run = this.head[position]!; run >= 0; run = this.next[run]!) n += this.count[run]!;
    if (this.rows.length < n) this.rows = new Int32Array(Math.max(n, this.rows.length * 2));
    const rows = this.rows;
    let at = 0;
    for (let run = this.head[position]!; run >= 0; run = this.next[run]!) {
      const first = this.first[run]!;
      const end = first + this.count[run]!;
      for (let row = first; row < end; row += 1) rows[at++] = row;
    }
    return rows.subarray(0, n);
  }
}
