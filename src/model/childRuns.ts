import { lowerBound } from "../numbers/search.js";

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

/** The child of row `k`: that of the first run ending after it. */
export function childIdOfRow(runs: ChildRuns, k: number): string {
  return runs.runIds[lowerBound(runs.runEnds, k + 1)]!;
}

/** Notes each row's child as the rows are written, starting a run when the child changes. */
export class ChildRunsBuilder {
  private readonly runIds: string[] = [];
  private readonly runEnds: number[] = [];

  /** Row `k` (the next row) is `childId`'s. */
  push(childId: string, k: number): void {
    const runs = this.runIds.length;
    if (runs > 0 && this.runIds[runs - 1] === childId) this.runEnds[runs - 1] = k + 1;
    else {
      this.runIds.push(childId);
      this.runEnds.push(k + 1);
    }
  }

  finish(): ChildRuns {
    return { runIds: this.runIds.slice(), runEnds: Float64Array.from(this.runEnds) };
  }
}
