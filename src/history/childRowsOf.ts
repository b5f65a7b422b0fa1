import { ChildRows, type DatedColumns, type DatedRecord, type DatedRows, datedColumns, eachColumn, fileIndexIn, type RowCodec } from "../model/childRows.js";
import { isSorted, sortFew } from "../numbers/search.js";

/**
 * Files every year's rows of one dated table (visits, health assessments) under their children,
 * in cohort order, without an object per row: the rows are counted per child, placed by a
 * counting sort, and each child's few rows ordered by date then read order. `position[g]` is
 * the cohort position of row g of the files taken one after another. With `oneOfEach` (a comparison of keys), only the last
 * row in file order of each key is kept (`health_assessments`: one per DATE and TYPE).
 */
export function childRowsOf<R extends DatedRecord>(
  codec: RowCodec<R>,
  files: readonly DatedRows<R>[],
  position: Int32Array,
  children: number,
  oneOfEach: ((a: number, b: number, rows: DatedColumns) => number) | null,
): ChildRows<R> {
  const all = AllRows.of(files, codec);
  const rowCount = position.length;

  // Each child's rows, in file order (years oldest first, then line), by a counting sort.
  const start = new Int32Array(children + 1);
  for (let g = 0; g < rowCount; g += 1) start[position[g]! + 1]! += 1;
  for (let i = 0; i < children; i += 1) start[i + 1]! += start[i]!;
  const order = new Int32Array(rowCount);
  const next = start.slice(0, children);
  for (let g = 0; g < rowCount; g += 1) order[next[position[g]!]!++] = g;

  const columns = all.columns;
  const { date, readOrder } = columns;
  const byDate = (a: number, b: number) => date[a]! - date[b]! || readOrder[a]! - readOrder[b]! || a - b;
  const sameKey = oneOfEach === null ? null : (a: number, b: number) => oneOfEach(a, b, columns);
  const first = new Int32Array(children + 1);
  // The rows kept, child by child; a child's are sorted where they are written, in place.
  const kept = new Int32Array(rowCount);
  let n = 0;
  for (let i = 0; i < children; i += 1) {
    const from = n;
    for (let k = start[i]!; k < start[i + 1]!; k += 1) kept[n++] = order[k]!;
    if (sameKey !== null && n - from > 1) {
      // A child's rows are in file order, so a stable sort by key keeps file order within a key: the last of each is kept.
      sortFew(kept, sameKey, from, n);
      let last = from;
      for (let k = from; k < n; k += 1) if (k + 1 === n || sameKey(kept[k]!, kept[k + 1]!) !== 0) kept[last++] = kept[k]!;
      n = last;
    }
    // Most children's rows are few and already by date.
    if (!isSorted(kept, byDate, false, from, n)) sortFew(kept, byDate, from, n);
    first[i + 1] = n;
  }
  return all.rows(codec, first, kept.subarray(0, n));
}

/** The rows of several files as one set of columns, row g of the whole after those of the files before. */
class AllRows {
  private constructor(
    readonly columns: DatedColumns,
    readonly files: readonly string[],
  ) {}

  static of(files: readonly DatedRows<DatedRecord>[], codec: Pick<RowCodec<DatedRecord>, "secondDay" | "hasText">): AllRows {
    const length = files.reduce((total, f) => total + f.length, 0);
    const columns = datedColumns(length, codec);
    const names: string[] = [];
    let at = 0;
    for (const f of files) {
      const { date, code, secondDay, text, line, readOrder, fileOf } = columns;
      date.set(f.date, at);
      code.set(f.code, at);
      if (secondDay !== null) secondDay.set(f.secondDay!, at);
      if (text !== null) for (let k = 0; k < f.length; k += 1) (text as (string | null)[])[at + k] = f.text![k]!;
      line.set(f.line, at);
      readOrder.set(f.readOrder, at);
      // Each file's own file list, renumbered into the whole's.
      const index = f.files.map((name) => fileIndexIn(names, name));
      for (let k = 0; k < f.length; k += 1) fileOf[at + k] = index[f.fileOf[k]!]!;
      at += f.length;
    }
    return new AllRows(columns, names);
  }

  /** The child rows `kept` (row numbers of the whole, child by child; the child at i owns first[i] … first[i + 1] − 1). */
  rows<R extends DatedRecord>(codec: RowCodec<R>, first: Int32Array, kept: Int32Array): ChildRows<R> {
    const picked = eachColumn(
      this.columns,
      (values) => {
        const out = new (values.constructor as new (n: number) => typeof values)(kept.length);
        for (let k = 0; k < kept.length; k += 1) out[k] = values[kept[k]!]!;
        return out;
      },
      (text) => {
        const out = new Array<string | null>(kept.length);
        for (let k = 0; k < kept.length; k += 1) out[k] = text[kept[k]!]!;
        return out;
      },
    );
    return new ChildRows(codec, first, picked, this.files);
  }
}
