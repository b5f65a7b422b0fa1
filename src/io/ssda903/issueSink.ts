import type { DataIssue, IssueCode } from "../../model/issue.js";
import type { TableName } from "../../model/tables.js";
import { indicatorsFor } from "./indicatorInputs.js";

/**
 * Collects the issues of one file. Errors are kept one per record; a warning that repeats
 * its code and column is kept once, at its first line, with the number of records
 * (data.md §3).
 */
export class IssueSink {
  private readonly errors: DataIssue[] = [];
  /** Folded warnings in first-seen order, and the same entries by code, then column. */
  private readonly repeated: { issue: DataIssue; count: number }[] = [];
  private readonly byCode = new Map<IssueCode, Map<string, { issue: DataIssue; count: number }>>();
  private readonly single: DataIssue[] = [];

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
   * and it is never built.
   */
  warning(code: IssueCode, line: number | null, column: string | null, message: string | (() => string)): void {
    let byColumn = this.byCode.get(code);
    if (byColumn === undefined) {
      byColumn = new Map();
      this.byCode.set(code, byColumn);
    }
    const key = column ?? "";
    const seen = byColumn.get(key);
    if (seen) {
      seen.count += 1;
      return;
    }
    const entry = { issue: this.issue(code, "warning", line, column, typeof message === "string" ? message : message()), count: 1 };
    byColumn.set(key, entry);
    this.repeated.push(entry);
  }

  /** A warning that stands alone (file-level, or already carrying its own count). */
  note(code: IssueCode, line: number | null, column: string | null, message: string): void {
    this.single.push(this.issue(code, "warning", line, column, message));
  }

  get errorCount(): number {
    return this.errors.length;
  }

  list(): DataIssue[] {
    const folded = this.repeated.map(({ issue, count }) => ({
      ...issue,
      message: `${issue.message}, in ${count} ${count === 1 ? "record" : "records"}`,
    }));
    return [...this.errors, ...this.single, ...folded];
  }

  private issue(code: IssueCode, severity: "error" | "warning", line: number | null, column: string | null, message: string): DataIssue {
    return { code, severity, file: this.file, line, column, message, indicators: indicatorsFor(this.table, severity, column) };
  }
}
