/**
 * The built-in indicator ids in registry order (indicators.md §2), as a literal list so that
 * `IndicatorId` is a union a config or a `find` can be checked against. A test keeps it equal
 * to the registry's ids.
 */
export const INDICATOR_IDS = [
  "cla-count",
  "cla-rate",
  "starts-count",
  "starts-rate",
  "ends-count",
  "ends-rate",
  "placements-3plus",
  "long-term-stability",
  "reviews-on-time",
  "visits-on-time",
  "iha-on-time",
  "health-check-annual",
  "dental-check",
  "immunisations-up-to-date",
  "pep-current",
  "missing-children",
  "missing-episodes",
  "adopted-percent",
  "adoption-a1-days",
  "adoption-a10-days",
  "adoption-a2-days",
  "adoption-a1-within-threshold",
  "adoption-a2-within-threshold",
  "care-leavers-in-touch",
  "care-leavers-suitable-accommodation",
  "care-leavers-unsuitable-accommodation",
  "care-leavers-eet",
  "care-leavers-neet",
  "pathway-plans-current",
] as const;

/** The id of a built-in indicator. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];
