import { widened } from "./typedColumns.js";

/**
 * Runs of consecutive row numbers filed under positions 0 … n − 1, each position's in the order
 * filed, in typed columns: a child's rows over several years (a run a year) without a list per
 * child, which a national cohort would otherwise carry until it is built. A position's first
 * run is kept by position (a single return has one run a child); only later runs take a place
 * in a list, linked from each to the one before.
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
  /** Each position's first run: its first row (−1: none) and how many rows. */
  private readonly headRow: Int32Array;
  private readonly headCount: Int32Array;
  /** Each position's last later run (−1: none). */
  private readonly lastRun: Int32Array;
  /** Later run r: its first row, how many rows, and the position's run before it (−1: none but the first). */
  private first = new Int32Array(64);
  private count = new Int32Array(64);
  private previous = new Int32Array(64);
  private runs = 0;
  /** Reused by `rowsOf`: the rows, and a position's later runs in the order filed. */
  private rows = new Int32Array(64);
  private order = new Int32Array(16);

  constructor(positions: number) {
    this.headRow = new Int32Array(positions).fill(-1);
    this.headCount = new Int32Array(positions);
    this.lastRun = new Int32Array(positions).fill(-1);
  }

  /** Files rows `first` … `first + count − 1` under `position`, after its runs filed so far. */
  add(position: number, first: number, count: number): void {
    if (this.headRow[position]! < 0) {
      this.headRow[position] = first;
      this.headCount[position] = count;
      return;
    }
    const run = this.runs++;
    if (run === this.first.length) {
      this.first = widened(this.first, run * 2);
      this.count = widened(this.count, run * 2);
      this.previous = widened(this.previous, run * 2);
    }
    this.first[run] = first;
    this.count[run] = count;
    this.previous[run] = this.lastRun[position]!;
    this.lastRun[position] = run;
  }

  /** How many runs `position` has. */
  runsOf(position: number): number {
    if (this.headRow[position]! < 0) return 0;
    let runs = 1;
    for (let run = this.lastRun[position]!; run >= 0; run = this.previous[run]!) runs += 1;
    return runs;
  }

  /** The first row of `position`'s first run (it has one). */
  firstRowOf(position: number): number {
    return this.headRow[position]!;
  }

  /** How many rows `position`'s first run holds (it has one). */
  firstCountOf(position: number): number {
    return this.headCount[position]!;
  }

  /** Every row filed under `position`, in the order filed: a view of a buffer the next call reuses. */
  rowsOf(position: number): Int32Array {
    if (this.headRow[position]! < 0) return this.rows.subarray(0, 0);
    // The later runs are linked last to first: listed, then read back in the order filed.
    let later = 0;
    let n = this.headCount[position]!;
    for (let run = this.lastRun[position]!; run >= 0; run = this.previous[run]!) {
      if (later === this.order.length) this.order = widened(this.order, later * 2);
      this.order[later++] = run;
      n += this.count[run]!;
    }
    if (this.rows.length < n) this.rows = new Int32Array(Math.max(n, this.rows.length * 2));
    const rows = this.rows;
    let at = 0;
    const head = this.headRow[position]!;
    for (let row = head; row < head + this.headCount[position]!; row += 1) rows[at++] = row;
    for (let k = later - 1; k >= 0; k -= 1) {
      const first = this.first[this.order[k]!]!;
      const end = first + this.count[this.order[k]!]!;
      for (let row = first; row < end; row += 1) rows[at++] = row;
    }
    return rows.subarray(0, n);
  }
}
