import type { RulesReport } from "../../validation/validateReturn.js";
import type { JsonValue } from "./jsonText.js";

/**
 * The DfE rule results in the writers' shapes (interface.md §4a): JSON in the contract's key
 * order, CSV rows (one per failure), and the table's section (grouped by rule, with counts
 * and the first lines).
 */
export function rulesJson(rules: RulesReport): JsonValue {
  return {
    collectionYear: rules.collectionYear,
    ruleset: rules.ruleset,
    results: rules.results.map((r) => ({
      code: r.code, message: r.message, tables: r.tables, fields: r.fields, indicators: r.indicators,
      failures: r.failures.map((f) => ({ file: f.file, line: f.line, child: f.child })),
    })),
    skipped: rules.skipped.map((s) => ({ code: s.code, reason: s.reason })),
  };
}

/** Failures shown per rule in the table before "and N more". */
const FIRST_LINES = 5;

export function rulesTableSection(rules: RulesReport): string {
  const failures = rules.results.reduce((sum, r) => sum + r.failures.length, 0);
  const title = `DfE validation rules for ${rules.collectionYear} (${rules.ruleset} rules): ${count(rules.results.length, "rule")} failed, ${count(failures, "failure")}, ${count(rules.skipped.length, "rule")} skipped`;
  const lines = [title];
  for (const r of rules.results) {
    lines.push("", `${r.code}  ${count(r.failures.length, "failure")}  ${r.message}`);
    lines.push(`      fields: ${r.fields.join(", ")}${r.indicators.length > 0 ? `; indicators: ${r.indicators.join(", ")}` : ""}`);
    for (const f of r.failures.slice(0, FIRST_LINES)) lines.push(`      ${f.file} line ${f.line}${f.child === null ? "" : `, child ${f.child}`}`);
    if (r.failures.length > FIRST_LINES) lines.push(`      and ${r.failures.length - FIRST_LINES} more`);
  }
  const reasons = new Map<string, string[]>();
  for (const s of rules.skipped) reasons.set(s.reason, [...(reasons.get(s.reason) ?? []), s.code]);
  if (reasons.size > 0) lines.push("", "Skipped:");
  for (const [reason, codes] of reasons) lines.push(`  ${reason} (${codes.length}): ${codes.join(" ")}`);
  return lines.map((line) => line.replace(/[\r\n\t]+/g, " ")).join("\n");
}

/** CSV rows of the rule failures, in the data-quality CSV's columns (`count` 1 per row). */
export function rulesCsvRows(rules: RulesReport): (string | number | null)[][] {
  return rules.results.flatMap((r) =>
    r.failures.map((f) => ["rule", f.file, null, null, null, r.code, "error", f.line, r.fields.join(" "), r.message, r.indicators.join(" "), 1, f.child]),
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
