import type { IndicatorResult, Rag } from "../../../scorecard/types.js";
import { escapeHtml } from "./escape.js";
import { formatValue, formatVariance, ragText } from "./format.js";

/**
 * The first thing a committee reads: how many indicators are red, amber and green, which
 * ones need attention (red, then amber) and which moved most since the comparison date.
 */
const MOVERS = 5;

function ragBadges(indicators: readonly IndicatorResult[]): string {
  const rags: (Rag | null)[] = ["red", "amber", "green", null];
  const badges = rags.map((rag) => {
    const count = indicators.filter((i) => i.rag === rag).length;
    const { symbol, word } = ragText(rag);
    return `<span class="badge rag-${rag ?? "none"}"><span aria-hidden="true">${symbol}</span> ${count} ${word.toLowerCase()}</span>`;
  });
  return `<p class="badges">${indicators.length} indicators: ${badges.join(" ")}</p>`;
}

function attentionItem(i: IndicatorResult): string {
  const value = i.value === null ? "no value" : formatValue(i.value, i.unit);
  const target = i.target === null ? "" : ` against a target of ${formatValue(i.target, i.unit)}`;
  const variance = i.varianceTarget === null || i.varianceTargetUnit === null ? "" : ` (${formatVariance(i.varianceTarget, i.varianceTargetUnit)})`;
  const trend = i.trend === null ? "" : `, ${i.trend}`;
  return `<li><span class="rag-word rag-${i.rag ?? "none"}">${ragText(i.rag).word}</span> ${escapeHtml(i.title)}: ${escapeHtml(`${value}${target}${variance}${trend}`)}</li>`;
}

/** Relative change since the comparison date; null when there is nothing to compare. */
function change(i: IndicatorResult): number | null {
  if (i.value === null || i.previous === null || i.previous === i.value) return null;
  return Math.abs(i.value - i.previous) / Math.max(Math.abs(i.previous), 1);
}

function moverItem(i: IndicatorResult): string {
  const direction = i.trend === "improving" ? "better" : i.trend === "worsening" ? "worse" : i.trend === "stable" ? "stable" : "not rated";
  return `<li>${escapeHtml(i.title)}: ${escapeHtml(`${formatValue(i.previous!, i.unit)} to ${formatValue(i.value!, i.unit)} (${direction})`)}</li>`;
}

export function renderHeadline(indicators: readonly IndicatorResult[], comparedWith: string): string {
  const attention = [...indicators.filter((i) => i.rag === "red"), ...indicators.filter((i) => i.rag === "amber")];
  const movers = indicators
    .map((i) => ({ i, change: change(i) }))
    .filter((m): m is { i: IndicatorResult; change: number } => m.change !== null)
    .sort((a, b) => b.change - a.change)
    .slice(0, MOVERS)
    .map((m) => m.i);
  return [
    `<section class="headline" aria-labelledby="headline-heading">`,
    `<h2 id="headline-heading">At a glance</h2>`,
    ragBadges(indicators),
    `<div class="columns">`,
    `<div><h3>Needs attention</h3>`,
    attention.length === 0 ? `<p>No indicator is red or amber.</p>` : `<ul class="attention">${attention.map(attentionItem).join("")}</ul>`,
    `</div>`,
    `<div><h3>Biggest changes ${escapeHtml(comparedWith)}</h3>`,
    movers.length === 0 ? `<p>No indicator has a figure to compare with.</p>` : `<ul class="movers">${movers.map(moverItem).join("")}</ul>`,
    `</div>`,
    `</div>`,
    `</section>`,
  ].join("\n");
}
