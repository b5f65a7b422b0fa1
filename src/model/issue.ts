/** Stable issue codes (data.md §7). A released code keeps its meaning. */
export const ISSUE_CODES = [
  "unknown-file",
  "duplicate-table",
  "empty-file",
  "unreadable-file",
  "utf16",
  "not-utf8",
  "missing-column",
  "duplicate-column",
  "extra-column",
  "blank-line",
  "field-count",
  "duplicate-header",
  "field-too-large",
  "unterminated-quote",
  "missing-value",
  "invalid-date",
  "excel-serial-date",
  "two-digit-year",
  "id-float-artefact",
  "unknown-code",
  "code-not-in-year",
  "invalid-value",
  "end-before-start",
  "duplicate-row",
  "duplicate-key",
  "reason-on-open-episode",
  "missing-reason",
  "overlapping-episodes",
  "x1-without-successor",
  "stale-open-episode",
  "no-header-row",
  "dob-mismatch",
  "negative-interval",
  "missing-table",
  "unreadable-folder",
  "too-large",
  "lenient-value",
  "as-at-outside-data",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = "error" | "warning";

/** One problem found in the data: a stable code, where it is, and what it can distort. */
export interface DataIssue {
  code: IssueCode;
  severity: Severity;
  /** Relative to the data folder with `/` separators, or null when not tied to one file. */
  file: string | null;
  /** Spreadsheet line (header = 1), or null for a file-level issue. */
  line: number | null;
  /** The column name as the 903 spells it, or null. */
  column: string | null;
  message: string;
  /** Indicator ids this issue can distort. */
  indicators: string[];
  /** The number of records it stands for: 1, or every record a folded warning counts. */
  count: number;
  /**
   * The child the record names (CHILD), or null. Messages never name a child or quote a personal
   * value (interface.md §4): `validate` shows this field; `report` drops it unless drilling down.
   */
  child: string | null;
}

export interface FileAccount {
  file: string;
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
}

export interface DataQuality {
  files: FileAccount[];
  issues: DataIssue[];
}

/** Where a record came from, so cross-record checks can name a file and line (every record is one). */
export interface SourceRef {
  file: string;
  line: number;
}

/**
 * Columns whose values identify or describe a child: a message names the column, never the value
 * (interface.md §4 Privacy). Dates of care events are not personal on their own and are quoted.
 */
export const PERSONAL_COLUMNS: ReadonlySet<string> = new Set(["CHILD", "DOB", "UPN", "MC_DOB", "HOME_POST", "PL_POST"]);

/** Records hit by errors and by warnings: each issue counts the records it stands for, not once. */
export function recordsBySeverity(issues: readonly DataIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errors += issue.count;
    else warnings += issue.count;
  }
  return { errors, warnings };
}

/** The issue without the child it names: what `report` may print (interface.md §4). */
export function withoutChild(issue: DataIssue): DataIssue {
  return issue.child === null ? issue : { ...issue, child: null };
}

/**
 * The one folding rule for warnings (data.md §3): the warnings of one file with the same code
 * and column are one warning, at the first line, counting every record, its message ending
 * ", in N records". Errors are never folded. `IssueSink` folds as it reads (a national file's
 * millionth repeat builds no message); the checks that find warnings after reading collect them
 * and call `foldWarnings`.
 */
export function foldedMessage(message: string, count: number): string {
  return count > 1 ? `${message}, in ${count} records` : message;
}

/** Folds warnings by the rule of `foldedMessage`, in the order each file, code and column first appears. */
export function foldWarnings(issues: readonly DataIssue[]): DataIssue[] {
  const folds = new Map<string, { first: DataIssue; count: number; warnings: number }>();
  const kept: DataIssue[] = [];
  for (const issue of issues) {
    if (issue.severity === "error") {
      kept.push(issue);
      continue;
    }
    const key = `${issue.file}\u0000${issue.code}\u0000${issue.column}`;
    const fold = folds.get(key);
    if (fold === undefined) folds.set(key, { first: issue, count: issue.count, warnings: 1 });
    else {
      fold.count += issue.count;
      fold.warnings += 1;
      if ((issue.line ?? 0) < (fold.first.line ?? 0)) fold.first = issue;
    }
  }
  for (const { first, count, warnings } of folds.values()) kept.push(warnings === 1 ? first : { ...first, message: foldedMessage(first.message, count), count });
  return kept;
}

/** Sort order of data.md §7: file (null first), line (null first), column, code. */
export function compareIssues(a: DataIssue, b: DataIssue): number {
  return (
    compareNullable(a.file, b.file, compareText) ||
    compareNullable(a.line, b.line, (x, y) => x - y) ||
    compareNullable(a.column, b.column, compareText) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return compare(a, b);
}

/** Code-point order, independent of locale (so output is byte-identical everywhere). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
