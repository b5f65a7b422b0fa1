import { type DataIssue, type IssueCode, foldedMessage } from "../../model/issue.js";
import type { TableName } from "../../model/tables.js";
import { indicatorsFor } from "./indicatorInputs.js";

interface Folded {
  issue: DataIssue;
  count: number;
  /** Line of the last record counted. */
  lastLine: number | null;
}

/**
 * Collects the issues of one file. Errors are kept one per record; a warning that repeats
 * its code and column is kept once, at its first line, with the number of records: the one
 * folding rule (`foldedMessage`, data.md §3), applied as the file is read.
 */
export class IssueSink {
  private readonly errors: DataIssue[] = [];
  /** Folded warnings in first-seen order, and the same entries by code, then column. */
  private readonly repeated: Folded[] = [];
  private readonly byCode = new Map<IssueCode, Map<string, Folded>>();
  private readonly single: DataIssue[] = [];

  /** CHILD of the record being read (set by the record reader), named in its issues' `child`. */
  child: string | null = null;

  constructor(
    readonly file: string | null,
    readonly table: TableName | null,
  ) {}

  error(code: IssueCode, line: number | null, column: string | null, message: string): void {
    this.errors.push(this.issue(code, "error", line, column, message));
  }

  /**
   * A warning counted per record; repeats of its code and column are folded into one. Only the
   * first message is kept, so a national file's millionth repeat passes `message` as a function
   * and it is never built. With `perFile`, repeats fold whatever their column.
   */
  warning(code: IssueCode, line: number | null, column: string | null, message: string | (() => string), perFile = false): void {
    let byColumn = this.byCode.get(code);
    if (byColumn === undefined) {
      byColumn = new Map();
      this.byCode.set(code, byColumn);
    }
    // `perFile`: one warning for the whole file whatever the column (id-float-artefact, data.md §3).
    const key = perFile ? "\u0000file" : (column ?? "");
    const seen = byColumn.get(key);
    if (seen) {
      // Records, not values: a record repeating a per-file warning in a second column counts once.
      if (line === null || line !== seen.lastLine) seen.count += 1;
      seen.lastLine = line;
      return;
    }
    const entry: Folded = { issue: this.issue(code, "warning", line, column, typeof message === "string" ? message : message()), count: 1, lastLine: line };
    byColumn.set(key, entry);
    this.repeated.push(entry);
  }

  /**
   * A warning that stands alone (file-level, or already carrying its own count). `indicators`
   * overrides the column rule, for a column-less warning about data no indicator reads.
   */
  note(code: IssueCode, line: number | null, column: string | null, message: string, indicators?: string[], count = 1): void {
    const issue = { ...this.issue(code, "warning", line, column, message), count };
    this.single.push(indicators === undefined ? issue : { ...issue, indicators });
  }

  get errorCount(): number {
    return this.errors.length;
  }

  list(): DataIssue[] {
    const folded = this.repeated.map(({ issue, count }) => ({
      ...issue,
      message: foldedMessage(issue.message, count),
      count,
    }));
    return [...this.errors, ...this.single, ...folded];
  }

  private issue(code: IssueCode, severity: "error" | "warning", line: number | null, column: string | null, message: string): DataIssue {
    return { code, severity, file: this.file, line, column, message, indicators: indicatorsFor(this.table, severity, column), count: 1, child: this.child };
  }
}
