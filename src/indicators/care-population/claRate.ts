import { EPISODE_CHAIN } from "../reads.js";
import { defineIndicator } from "../types.js";
import { measureChildrenInCare } from "./childrenInCare.js";

/**
 * @name claRate
 * @category Children in care
 * @summary Children in care per 10,000 children aged under 18.
 * @description cla-count × 10,000 / population (ONS mid-year estimate of 0–17s, supplied by
 * the user). Without a population: value null, numerator still the count.
 */
export const claRate = defineIndicator({
  id: "cla-rate",
  narrative: { cohort: "children in care", verb: "" },
  title: "Children in care per 10,000 children aged under 18",
  unit: "rate-per-10k",
  polarity: "lower-is-better",
  theme: "care-population",
  period: { kind: "snapshot", lookback: "on R" },
  cohort: "CLA(R), per 10,000 of the population aged under 18.",
  numerator: "The count of children in care at R.",
  data: "episodes: DECOM DEC LS; population",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
  switches: ["excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute: measureChildrenInCare,
});
