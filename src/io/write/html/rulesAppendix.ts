import type { IndicatorResult } from "../../../scorecard/types.js";
import type { RulesReport } from "../../../validation/validateReturn.js";
import { escapeHtml } from "./escape.js";
import { formatNumber } from "./format.js";

/**
 * The DfE's validation rules that fail on the return, by the indicator each can distort (a
 * rule's fields against the fields the indicator reads), so a committee sees which figures the
 * return's known errors touch. Counts only: the rows are in `cic-scorecard validate`.
 */
export function renderRulesAppendix(rules: RulesReport | undefined, indicators: readonly IndicatorResult[]): string {
  if (rules === undefined) return "";
  const rows = rules.results.reduce((n, r) => n + r.failures.length, 0);
  const lines = [
    `<section class="rules" aria-labelledby="rules-heading">`,
    `<h2 id="rules-heading">The DfE's validation rules</h2>`,
    `<p>The ${escapeHtml(rules.collectionYear)} return checked with the ${escapeHtml(rules.ruleset)} rules: ${formatNumber(rules.results.length, 0)} ${rules.results.length === 1 ? "rule fails" : "rules fail"} on ${formatNumber(rows, 0)} ${rows === 1 ? "row" : "rows"}; ${formatNumber(rules.skipped.length, 0)} not checked. The rows are listed by <code>cic-scorecard validate</code>.</p>`,
  ];
  const byIndicator = indicators
    .map((indicator) => ({ indicator, failing: rules.results.filter((r) => r.indicators.includes(indicator.id)) }))
    .filter((entry) => entry.failing.length > 0);
  const unlinked = rules.results.filter((r) => r.indicators.length === 0);
  if (rules.results.length > 0) {
    // The codes only (a rule can touch several indicators); each rule's message once, below.
    // Indicators that the same rules touch share a row: a rule on the episode basics (LS, DECOM,
    // DEC) touches nearly every figure, and a row per indicator would repeat it on each.
    const codes = (failing: RulesReport["results"]) => failing.map((r) => `${escapeHtml(r.code)} (${formatNumber(r.failures.length, 0)})`).join(", ");
    const groups = new Map<string, { titles: string[]; failing: RulesReport["results"] }>();
    for (const { indicator, failing } of byIndicator) {
      const key = failing.map((r) => r.code).join(" ");
      const group = groups.get(key) ?? { titles: [], failing };
      group.titles.push(indicator.title);
      groups.set(key, group);
    }
    lines.push(
      `<table class="rules-by-indicator">`,
      `<caption>Failing rules by the indicators they can distort (rows in brackets)</caption>`,
      `<thead><tr><th scope="col">Indicators</th><th scope="col">Rules</th></tr></thead>`,
      `<tbody>`,
      ...[...groups.values()].map(({ titles, failing }) => `<tr><th scope="row">${titles.map(escapeHtml).join("; ")}</th><td>${codes(failing)}</td></tr>`),
      ...(unlinked.length === 0 ? [] : [`<tr><th scope="row">No indicator</th><td>${codes(unlinked)}</td></tr>`]),
      `</tbody>`,
      `</table>`,
      `<ul class="rule-messages">${rules.results.map((r) => `<li>${escapeHtml(r.code)}: ${escapeHtml(r.message)}</li>`).join("")}</ul>`,
    );
  }
  lines.push(`</section>`);
  return lines.join("\n");
}
