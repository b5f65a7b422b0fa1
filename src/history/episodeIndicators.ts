/**
 * Built-in indicators that read episodes.csv (indicators.md §2): every one but
 * pathway-plans-current. Cross-record episode warnings name these.
 */
export const EPISODE_INDICATORS: readonly string[] = [
  "cla-count", "cla-rate", "starts-count", "starts-rate", "ends-count", "ends-rate", "placements-3plus",
  "long-term-stability", "reviews-on-time", "visits-on-time", "iha-on-time", "health-check-annual", "dental-check",
  "immunisations-up-to-date", "pep-current", "missing-children", "missing-episodes", "adopted-percent",
  "adoption-a1-days", "adoption-a10-days", "adoption-a2-days", "adoption-a1-within-threshold",
  "adoption-a2-within-threshold", "care-leavers-in-touch", "care-leavers-suitable-accommodation",
  "care-leavers-unsuitable-accommodation", "care-leavers-eet", "care-leavers-neet",
];
