import { match } from "ts-pattern";
import { groupThousands } from "../numbers/grouping.js";
import { NOTE_EMPTY_COHORT } from "../evaluate/suppression.js";
import { BUILT_IN_INDICATORS } from "../indicators/registry.js";
import type { NarrativePhrase } from "../indicators/types.js";
import type { IndicatorResult } from "./types.js";

/** The built-in indicators' words by id, for a result passed without its definition's. */
const BUILT_IN_PHRASES: ReadonlyMap<string, NarrativePhrase> = new Map(BUILT_IN_INDICATORS.flatMap((d) => (d.narrative ? [[d.id, d.narrative] as const] : [])));

const UNIT_SUFFIX: Record<IndicatorResult["unit"], string> = { percent: "%", "rate-per-10k": " per 10,000", days: " days", count: "" };

/** "1,796": thousands grouped, as the tables print them. */
function grouped(count: number | null): string {
  return groupThousands(String(count));
}

function formatValue(value: number, unit: IndicatorResult["unit"]): string {
  const text = unit === "percent" || unit === "rate-per-10k" ? value.toFixed(1) : grouped(value);
  return `${text}${UNIT_SUFFIX[unit]}`;
}

function formatTarget(target: number, unit: IndicatorResult["unit"]): string {
  return `${target}${UNIT_SUFFIX[unit]}`;
}

/**
 * One sentence a committee can read, generated from the figures in the style of council
 * reports: "22 of the 380 children in care (5.8%) had three or more placements in the last
 * 12 months, against a target of 6%." The words come from the indicator's definition
 * (`narrative`; a built-in indicator's by its id when `phrase` is not passed); without them the
 * sentence is built from the title.
 *
 * @example
 * ```ts
 * narrativeFor(scorecard.indicators[0]!); // "380 children were in care."
 * ```
 */
export function narrativeFor(result: IndicatorResult, phrase: NarrativePhrase | null = BUILT_IN_PHRASES.get(result.id) ?? null): string {
  const title = result.title;
  if (result.note !== null && result.value === null && result.numerator === null) {
    return `${title}: cannot be computed (${result.note}).`;
  }
  if (result.note === NOTE_EMPTY_COHORT) return `${title}: no children in the cohort for this period.`;
  if (result.suppressed) {
    return `${title}: the value is suppressed because the cohort is too small to publish (${result.note ?? "small numbers"}).`;
  }
  if (result.value === null) return `${title}: ${result.note ?? "no value"}.`;
  const shown = result.value;
  const value = formatValue(shown, result.unit);
  const target = result.target === null ? "" : `, against a target of ${formatTarget(result.target, result.unit)}`;
  const sentence = match(result.unit)
    .with("percent", () =>
      phrase
        ? `${grouped(result.numerator)} of the ${grouped(result.denominator)} ${phrase.cohort} (${value}) ${phrase.verb}`
        : `${title}: ${grouped(result.numerator)} of ${grouped(result.denominator)} (${value})`,
    )
    .with("count", () => (phrase ? `${grouped(shown)} ${agree(phrase, shown)}` : `${title}: ${grouped(shown)}`))
    .with("rate-per-10k", () => `${phrase ? capitalise(phrase.cohort) : title}: ${value} children aged under 18 (${grouped(result.numerator)} children)`)
    .with("days", () =>
      phrase
        ? `The ${grouped(result.denominator)} ${phrase.cohort} ${phrase.verb} ${value} on average`
        : `${title}: ${value} on average over ${grouped(result.denominator)} children`,
    )
    .exhaustive();
  return `${sentence}${target}.`;
}

/** "1 child was in care", "2 children were in care". */
function agree(phrase: NarrativePhrase, count: number): string {
  if (count !== 1) return `${phrase.cohort} ${phrase.verb}`;
  const cohort = phrase.cohort.replace(/^children\b/, "child").replace(/^episodes\b/, "episode").replace(/ episodes$/, " episode");
  return `${cohort} ${phrase.verb.replace(/^were\b/, "was")}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
