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
  private readonly repeated = new Map<string, { issue: DataIssue; count: number }>();
  private readonly single: DataIssue[] = [];

  constructor(
    readonly file: string | null,
    readonly table: TableName | null,
  ) {}

  error(code: IssueCode, line: number | null, column: string | null, message: string): void {
    this.errors.push(this.issue(code, "error", line, column, message));
  }

  /** A warning counted per record; repeats of its code and column are folded into one. */
  warning(code: IssueCode, line: number | null, column: string | null, message: string): void {
    const key = `${code}\u0000${column ?? ""}`;
    const seen = this.repeated.get(key);
    if (seen) seen.count += 1;
    else this.repeated.set(key, { issue: this.issue(code, "warning", line, column, message), count: 1 });
  }

  /** A warning that stands alone (file-level, or already carrying its own count). */
  note(code: IssueCode, line: number | null, column: string | null, message: string): void {
    this.single.push(this.issue(code, "warning", line, column, message));
  }

  get errorCount(): number {
    return this.errors.length;
  }

  list(): DataIssue[] {
    const folded = [...this.repeated.values()].map(({ issue, count }) => ({
      ...issue,
      message: `${issue.message}, in ${count} ${count === 1 ? "record" : "records"}`,
    }));
    return [...this.errors, ...this.single, ...folded];
  }

  private issue(code: IssueCode, severity: "error" | "warning", line: number | null, column: string | null, message: string): DataIssue {
    return { code, severity, file: this.file, line, column, message, indicators: indicatorsFor(this.table, severity, column) };
  }
}
