import { lowerBound } from "../numbers/search.js";
import { ColumnBuilder } from "../numbers/typedColumns.js";

/**
 * A file's rows come grouped by child, so a columnar table keeps each child's id once per run
 * of its rows rather than once per row: run r is rows `runEnds[r − 1]` (0 for the first) …
 * `runEnds[r] − 1`, of the child `runIds[r]`. Shared by the dated tables (`DatedRows`) and the
 * header (`HeaderRows`).
 */
export interface ChildRuns {
  readonly runIds: readonly string[];
  readonly runEnds: Float64Array;
}

/** Calls `run` for each run of rows of one child, as [first, end). */
export function eachRunOf(runs: ChildRuns, run: (childId: string, first: number, end: number) => void): void {
  let first = 0;
  for (let r = 0; r < runs.runIds.length; r += 1) {
    const end = runs.runEnds[r]!;
    run(runs.runIds[r]!, first, end);
    first = end;
  }
}

/** Every row of `runs` as its record, in order (`recordOf` makes row k's, of its run's child). */
export function recordsOfRuns<R>(runs: ChildRuns, recordOf: (k: number, childId: string) => R): R[] {
  const records: R[] = [];
  eachRunOf(runs, (childId, first, end) => {
    for (let k = first; k < end; k += 1) records.push(recordOf(k, childId));
  });
  return records;
}

/** The child of row `k`: that of the first run ending after it. */
export function childIdOfRow(runs: ChildRuns, k: number): string {
  return runs.runIds[lowerBound(runs.runEnds, k + 1)]!;
}

/**
 * Notes each row's child as the rows are written, starting a run when the child changes. The ids
 * are kept a chunk at a time and joined once: one array grown by `push` past 128 KB makes each
 * outgrown copy a large object, placed and freed on pages of its own.
 */
export class ChildRunsBuilder {
  private readonly idChunks: string[][] = [];
  private ids: string[] = [];
  private readonly ends = new ColumnBuilder(Float64Array);
  private lastId: string | null = null;
  private lastEnd = 0;

  /** Row `k` (the next row) is `childId`'s. */
  push(childId: string, k: number): void {
    if (childId !== this.lastId) {
      if (this.lastId !== null) this.ends.push(this.lastEnd);
      if (this.ids.length === RUN_CHUNK) {
        this.idChunks.push(this.ids);
        this.ids = [];
      }
      this.ids.push(childId);
      this.lastId = childId;
    }
    this.lastEnd = k + 1;
  }

  /** The runs, once every row is written. */
  finish(): ChildRuns {
    if (this.lastId !== null) this.ends.push(this.lastEnd);
    this.lastId = null;
    return { runIds: ([] as string[]).concat(...this.idChunks, this.ids), runEnds: this.ends.finish() };
  }
}

/** 8,192 ids: 64 KB as a plain array, well under the large-object size. */
const RUN_CHUNK = 8192;

/**
 * A table's rows as columns, grouped in runs of one child's rows (`ChildRuns`), each row made
 * into its record only when asked: the header's (`HeaderRows`) and the episodes' (`EpisodeRows`).
 */
export abstract class ChildRunRows<R> implements ChildRuns {
  constructor(
    /** The child of each run of rows: run r is rows `runEnds[r − 1]` (0 for the first) … `runEnds[r] − 1`. */
    readonly runIds: readonly string[],
    readonly runEnds: Float64Array,
    /** The files the rows name (`fileOf` columns index them). */
    readonly files: readonly string[],
  ) {}

  abstract get length(): number;

  /** Row `k` as its record, of the child `childId`. */
  protected abstract recordOf(k: number, childId: string): R;

  /** Calls `run` for each run of rows of one child, as [first, end). */
  eachRun(run: (childId: string, first: number, end: number) => void): void {
    eachRunOf(this, run);
  }

  /** The child of row `k`: that of the first run ending after it. */
  childIdAt(k: number): string {
    return childIdOfRow(this, k);
  }

  /** Row `k` as its record (made now, not kept). */
  recordAt(k: number): R {
    return this.recordOf(k, this.childIdAt(k));
  }

  /** Every row as its record, in order. */
  records(): R[] {
    return recordsOfRuns(this, (k, childId) => this.recordOf(k, childId));
  }
}
