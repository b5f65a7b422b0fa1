import { CicScorecardError } from "../errors.js";
import { claCount } from "./care-population/claCount.js";
import { claRate } from "./care-population/claRate.js";
import { endsCount, endsRate } from "./care-population/ends.js";
import { startsCount, startsRate } from "./care-population/starts.js";
import { adoptionA1Days } from "./adoption/a1.js";
import { adoptionA10Days } from "./adoption/a10.js";
import { adoptionA2Days } from "./adoption/a2.js";
import { adoptedPercent } from "./adoption/adoptedPercent.js";
import { adoptionA1WithinThreshold, adoptionA2WithinThreshold } from "./adoption/thresholds.js";
import { careLeaversEet } from "./care-leavers/eet.js";
import { careLeaversInTouch } from "./care-leavers/inTouch.js";
import { careLeaversNeet } from "./care-leavers/neet.js";
import { pathwayPlansCurrent } from "./care-leavers/pathwayPlansCurrent.js";
import { careLeaversSuitableAccommodation } from "./care-leavers/suitableAccommodation.js";
import { careLeaversUnsuitableAccommodation } from "./care-leavers/unsuitableAccommodation.js";
import { pepCurrent } from "./education/pepCurrent.js";
import { dentalCheck } from "./health/dentalCheck.js";
import { healthCheckAnnual } from "./health/healthCheckAnnual.js";
import { ihaOnTime } from "./health/ihaOnTime.js";
import { immunisationsUpToDate } from "./health/immunisations.js";
import { missingChildren, missingEpisodes } from "./missing/missingFromCare.js";
import { longTermStability } from "./stability/longTermStability.js";
import { placementsThreePlus } from "./stability/placementsThreePlus.js";
import { reviewsOnTime } from "./timeliness/reviewsOnTime.js";
import { visitsOnTime } from "./timeliness/visitsOnTime.js";
import type { IndicatorDefinition } from "./types.js";

/**
 * The built-in indicators in registry order (indicators.md §2): the order of every output.
 * Read by the scorecard, the CLI, docs/indicators.md and the spreadsheet manifests.
 */
export const BUILT_IN_INDICATORS: readonly IndicatorDefinition[] = [
  claCount,
  claRate,
  startsCount,
  startsRate,
  endsCount,
  endsRate,
  placementsThreePlus,
  longTermStability,
  reviewsOnTime,
  visitsOnTime,
  ihaOnTime,
  healthCheckAnnual,
  dentalCheck,
  immunisationsUpToDate,
  pepCurrent,
  missingChildren,
  missingEpisodes,
  adoptedPercent,
  adoptionA1Days,
  adoptionA10Days,
  adoptionA2Days,
  adoptionA1WithinThreshold,
  adoptionA2WithinThreshold,
  careLeaversInTouch,
  careLeaversSuitableAccommodation,
  careLeaversUnsuitableAccommodation,
  careLeaversEet,
  careLeaversNeet,
  pathwayPlansCurrent,
];

/**
 * The built-ins followed by a council's local indicators. Ids must be unique: a local
 * indicator cannot silently replace a national one.
 *
 * @example
 * ```ts
 * const registry = createRegistry([localVisitsIndicator]); // the 29 built-in indicators, then yours
 * computeScorecard(cohort, { asAt: "2019-01-31", indicators: registry });
 * ```
 */
export function createRegistry(extra: readonly IndicatorDefinition[] = []): IndicatorDefinition[] {
  const all = [...BUILT_IN_INDICATORS, ...extra];
  const seen = new Set<string>();
  for (const d of all) {
    if (seen.has(d.id)) throw new CicScorecardError("invalid_argument", `indicator id "${d.id}" is registered twice`, d.id);
    seen.add(d.id);
  }
  return all;
}

/**
 * @example
 * ```ts
 * findIndicator(BUILT_IN_INDICATORS, "cla-count").title; // "Children in care"
 * ```
 */
export function findIndicator(registry: readonly IndicatorDefinition[], id: string): IndicatorDefinition {
  const found = registry.find((d) => d.id === id);
  if (!found) throw new CicScorecardError("unknown_indicator", `unknown indicator id "${id}"`, id);
  return found;
}
