import * as z from "zod/mini";

/**
 * The switches of indicators.md §5, where official sources disagree. Every option has the
 * spec's default; `options` in the config file overrides them (unknown names are an error).
 * zod's tree-shakable mini API: the pure entry carries only the checks it uses.
 */
const wholeDays = z.number().check(z.int(), z.nonnegative());
const positiveWhole = () => z.number().check(z.int(), z.positive());
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD"));

export const optionsSchema = z.strictObject({
  placementCounting: z._default(z.enum(["carer", "episode", "raw"]), "carer"),
  collapseUnchangedMoves: z._default(z.boolean(), false),
  shortBreakPlacements: z._default(z.enum(["ignore", "count"]), "ignore"),
  excludeUasc: z._default(z.boolean(), false),
  staleOpenEpisodes: z._default(z.enum(["truncate", "keep", "close"]), "truncate"),
  unknownPeriodStart: z._default(z.enum(["earliest", "exclude"]), "earliest"),
  reviewsForm: z._default(z.enum(["event", "child"]), "event"),
  reviewsWindowBy: z._default(z.enum(["due", "held"]), "due"),
  visitIntervalDays: z._default(positiveWhole(), 42),
  visitPermanentMonths: z._default(positiveWhole(), 3),
  visitPermanence: z._default(z.enum(["long-term-foster", "none"]), "long-term-foster"),
  ihaMinDaysInCare: z._default(wholeDays, 28),
  healthSource: z._default(z.enum(["auto", "oc2", "local"]), "auto"),
  healthUnder5Months: z._default(positiveWhole(), 6),
  pepMaxAgeMonths: z._default(z.nullable(positiveWhole()), 6),
  pepYearGroups: z._default(z.enum(["reception-to-11", "reception-to-13"]), "reception-to-11"),
  missingKinds: z._default(z.enum(["M", "M+A"]), "M"),
  missingScope: z._default(z.enum(["in-care", "all"]), "in-care"),
  adoptionWindow: z._default(z.enum(["period", "3-years"]), "period"),
  a1ThresholdDays: z._default(wholeDays, 426),
  a2ThresholdDays: z._default(wholeDays, 121),
  careLeaverAges: z._default(z.enum(["19-21", "17-21", "17-18", "18-21"]), "19-21"),
  pathwayPlanMaxAgeMonths: z._default(z.nullable(positiveWhole()), 6),
  bankHolidays: z._default(z.strictObject({ add: z._default(z.array(isoDate), []), remove: z._default(z.array(isoDate), []) }), { add: [], remove: [] }),
  rateBenchmarkVariance: z._default(z.enum(["absolute", "relative"]), "absolute"),
  trendCompareWith: z._default(z.enum(["previous-month", "previous-period", "previous-year"]), "previous-month"),
});

export type ScorecardOptions = z.output<typeof optionsSchema>;
export type ScorecardOptionsInput = z.input<typeof optionsSchema>;

export const DEFAULT_OPTIONS: ScorecardOptions = optionsSchema.parse({});

/**
 * @example
 * ```ts
 * resolveOptions({ excludeUasc: true }).excludeUasc; // true
 * resolveOptions().placementCounting; // "carer"
 * ```
 */
export function resolveOptions(input: ScorecardOptionsInput = {}): ScorecardOptions {
  return optionsSchema.parse(input);
}
