import { validateReturn, type RuleFailure, type ValidateReturnOptions } from "../../src/validation/validateReturn.js";

/** CSV text from a header line and rows (each a line). */
export function csv(header: string, ...rows: string[]): string {
  return [header, ...rows].join("\n") + "\n";
}

/**
 * The failures of rule `code` on a file map (`2022-23/header.csv` → text), as `line child`
 * strings; or `skipped: reason` when the rule did not run.
 */
export function failuresOf(code: string, files: Record<string, string>, options: ValidateReturnOptions = {}): string[] | string {
  const report = validateReturn(files, options);
  const skipped = report.skipped.find((s) => s.code === code);
  if (skipped !== undefined) return `skipped: ${skipped.reason}`;
  const result = report.results.find((r) => r.code === code);
  return (result?.failures ?? []).map((f: RuleFailure) => `${f.file}:${f.line} ${f.child ?? "-"}`);
}
