import { match } from "ts-pattern";
import type { Measurement, Unit } from "../indicators/types.js";
import { presentValue } from "./present.js";

/** `suppression` of the config file (indicators.md §1.10). */
export interface SuppressionSettings {
  /** A percent or days figure over fewer children than this is suppressed. */
  minDenominator: number;
  /** Also hide the numerator and denominator of a suppressed figure. */
  hideCounts: boolean;
}

/** Committee papers are published and 2 of 3 can identify a child, so counts are hidden by default (indicators.md §1.10). */
export const DEFAULT_SUPPRESSION: SuppressionSettings = { minDenominator: 5, hideCounts: true };

export const NOTE_EMPTY_COHORT = "no children in the cohort";
export const NOTE_NEEDS_POPULATION = "needs --population";

export function suppressedNote(minDenominator: number): string {
  return `denominator below ${minDenominator}: value suppressed`;
}

/** A measurement as the scorecard prints it, before evaluation. */
export interface PresentedFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  note: string | null;
}

/**
 * Present a measurement (indicators.md §1.10): counts as they are; rates over the population
 * ("needs --population" without one); percent and days suppressed below `minDenominator`
 * (counts and rates never are); an empty cohort has no value. A missing input table keeps
 * its note and has no figures.
 *
 * @example
 * ```ts
 * const measured = { kind: "measured", numerator: 22, denominator: 380, members: { numerator: [], denominator: [], excluded: [] } } as const;
 * presentFigure("percent", measured, null, DEFAULT_SUPPRESSION);
 * // { value: 5.8, numerator: 22, denominator: 380, suppressed: false, note: null }
 * ```
 */
export function presentFigure(unit: Unit, measurement: Measurement, population: number | null, settings: SuppressionSettings): PresentedFigure {
  // A missing table has no figures, whatever the unit. Matched on the unit alone: a pattern over
  // the (measurement, unit) pair allocated on every call, and a scorecard presents hundreds.
  if (measurement.kind === "missing-data") return { value: null, numerator: null, denominator: null, suppressed: false, note: measurement.note };
  const { numerator } = measurement;
  return match(unit)
    .returnType<PresentedFigure>()
    .with("count", () => ({ value: numerator, numerator, denominator: null, suppressed: false, note: null }))
    .with("rate-per-10k", () =>
      population === null
        ? { value: null, numerator, denominator: null, suppressed: false, note: NOTE_NEEDS_POPULATION }
        : { value: presentValue(unit, numerator, null, population), numerator, denominator: population, suppressed: false, note: null },
    )
    .with("percent", "days", (proportion) => {
      const denominator = measurement.denominator ?? 0;
      if (denominator === 0) {
        // Nothing to hide in 0 of 0: "no children", never "suppressed"; days have no total of nobody.
        return { value: null, numerator: proportion === "days" ? null : 0, denominator: 0, suppressed: false, note: NOTE_EMPTY_COHORT };
      }
      if (denominator < settings.minDenominator) {
        const hide = settings.hideCounts;
        return { value: null, numerator: hide ? null : numerator, denominator: hide ? null : denominator, suppressed: true, note: suppressedNote(settings.minDenominator) };
      }
      return { value: presentValue(proportion, numerator, denominator, null), numerator, denominator, suppressed: false, note: null };
    })
    .exhaustive();
}
