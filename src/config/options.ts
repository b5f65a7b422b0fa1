import { z } from "zod";

/**
 * The switches of indicators.md §5, where official sources disagree. Every option has the
 * spec's default; `options` in the config file overrides them (unknown names are an error).
 */
const wholeDays = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");

export const optionsSchema = z
  .object({
    placementCounting: z.enum(["carer", "episode", "raw"]).default("carer"),
    collapseUnchangedMoves: z.boolean().default(false),
    shortBreakPlacements: z.enum(["ignore", "count"]).default("ignore"),
    excludeUasc: z.boolean().default(false),
    staleOpenEpisodes: z.enum(["truncate", "keep", "close"]).default("truncate"),
    unknownPeriodStart: z.enum(["earliest", "exclude"]).default("earliest"),
    reviewsForm: z.enum(["event", "child"]).default("event"),
    reviewsWindowBy: z.enum(["due", "held"]).default("due"),
    visitIntervalDays: z.number().int().positive().default(42),
    visitPermanentMonths: z.number().int().positive().default(3),
    visitPermanence: z.enum(["long-term-foster", "none"]).default("long-term-foster"),
    ihaMinDaysInCare: wholeDays.default(28),
    healthSource: z.enum(["auto", "oc2", "local"]).default("auto"),
    healthUnder5Months: z.number().int().positive().default(6),
    pepMaxAgeMonths: z.number().int().positive().nullable().default(6),
    pepYearGroups: z.enum(["reception-to-11", "reception-to-13"]).default("reception-to-11"),
    missingKinds: z.enum(["M", "M+A"]).default("M"),
    missingScope: z.enum(["in-care", "all"]).default("in-care"),
    adoptionWindow: z.enum(["period", "3-years"]).default("period"),
    a1ThresholdDays: wholeDays.default(426),
    a2ThresholdDays: wholeDays.default(121),
    careLeaverAges: z.enum(["19-21", "17-21", "17-18", "18-21"]).default("19-21"),
    pathwayPlanMaxAgeMonths: z.number().int().positive().nullable().default(6),
    bankHolidays: z
      .object({ add: z.array(isoDate).default([]), remove: z.array(isoDate).default([]) })
      .strict()
      .default({ add: [], remove: [] }),
    rateBenchmarkVariance: z.enum(["absolute", "relative"]).default("absolute"),
    trendCompareWith: z.enum(["previous-month", "previous-period", "previous-year"]).default("previous-month"),
  })
  .strict();

export type ScorecardOptions = z.output<typeof optionsSchema>;
export type ScorecardOptionsInput = z.input<typeof optionsSchema>;

export const DEFAULT_OPTIONS: ScorecardOptions = optionsSchema.parse({});

export function resolveOptions(input: ScorecardOptionsInput = {}): ScorecardOptions {
  return optionsSchema.parse(input);
}
