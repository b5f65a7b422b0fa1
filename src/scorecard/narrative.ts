import { match } from "ts-pattern";
import { groupThousands } from "../numbers/grouping.js";
import { NOTE_EMPTY_COHORT } from "../evaluate/suppression.js";
import type { IndicatorResult } from "./types.js";

/**
 * One sentence a committee can read, generated from the figures in the style of council
 * reports: "22 of the 380 children in care (5.8%) had three or more placements in the last
 * 12 months, against a target of 6%." Indicators without a phrase here get a plain sentence
 * built from their title.
 */
interface Phrase {
  /** Percent: "of the {d} {cohort}"; count/rate: what is counted. */
  cohort: string;
  /** What the numerator did, in the past tense. */
  verb: string;
}

const PHRASES: Record<string, Phrase> = {
  "cla-count": { cohort: "children", verb: "were in care" },
  "cla-rate": { cohort: "children in care", verb: "" },
  "starts-count": { cohort: "children", verb: "started to be looked after" },
  "starts-rate": { cohort: "children starting care", verb: "" },
  "ends-count": { cohort: "children", verb: "ceased to be looked after" },
  "ends-rate": { cohort: "children leaving care", verb: "" },
  "placements-3plus": { cohort: "children in care", verb: "had three or more placements in the last 12 months" },
  "long-term-stability": { cohort: "children in care for at least 2.5 years", verb: "had been in the same placement for at least 2 years" },
  "reviews-on-time": { cohort: "reviews due", verb: "were held on time" },
  "visits-on-time": { cohort: "children in care", verb: "had a statutory visit on time" },
  "iha-on-time": { cohort: "children entering care", verb: "had an initial health assessment within 20 working days" },
  "health-check-annual": { cohort: "children in care for 12 months or more", verb: "had an up-to-date health assessment" },
  "dental-check": { cohort: "children in care for 12 months or more", verb: "had an up-to-date dental check" },
  "immunisations-up-to-date": { cohort: "children in care for 12 months or more", verb: "had up-to-date immunisations" },
  "pep-current": { cohort: "school-age children in care", verb: "had a current personal education plan" },
  "missing-children": { cohort: "children in care", verb: "went missing" },
  "missing-episodes": { cohort: "missing episodes", verb: "were recorded" },
  "adopted-percent": { cohort: "children leaving care", verb: "were adopted" },
  "adoption-a1-days": { cohort: "adopted children", verb: "waited between entering care and moving in with their adoptive family" },
  "adoption-a10-days": { cohort: "adopted children", verb: "waited between entering care and moving in with their adoptive family (adjusted for foster-carer adoptions)" },
  "adoption-a2-days": { cohort: "adopted children", verb: "waited between the court's authority to place and a match with adopters" },
  "adoption-a1-within-threshold": { cohort: "adopted children", verb: "moved in with their adopters within the threshold" },
  "adoption-a2-within-threshold": { cohort: "adopted children", verb: "were matched within the threshold" },
  "care-leavers-in-touch": { cohort: "care leavers", verb: "were in touch with the council" },
  "care-leavers-suitable-accommodation": { cohort: "care leavers", verb: "were in suitable accommodation" },
  "care-leavers-unsuitable-accommodation": { cohort: "care leavers", verb: "were not in suitable accommodation" },
  "care-leavers-eet": { cohort: "care leavers", verb: "were in education, employment or training" },
  "care-leavers-neet": { cohort: "care leavers", verb: "were not in education, employment or training" },
  "pathway-plans-current": { cohort: "care leavers", verb: "had a current pathway plan" },
};

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
 * @example
 * ```ts
 * narrativeFor(scorecard.indicators[0]!); // "380 children were in care."
 * ```
 */
export function narrativeFor(result: IndicatorResult): string {
  const phrase = PHRASES[result.id];
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
function agree(phrase: Phrase, count: number): string {
  if (count !== 1) return `${phrase.cohort} ${phrase.verb}`;
  const cohort = phrase.cohort.replace(/^children\b/, "child").replace(/^episodes\b/, "episode").replace(/ episodes$/, " episode");
  return `${cohort} ${phrase.verb.replace(/^were\b/, "was")}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
