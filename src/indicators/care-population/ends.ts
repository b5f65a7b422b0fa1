import { EPISODE_CHAIN } from "../reads.js";
import { defineIndicator } from "../types.js";
import { measureEnds } from "./startsAndEnds.js";

/**
 * @name endsCount
 * @category Children in care
 * @summary Children who ceased to be looked after in the period.
 * @description Children with an end of care in [W0, W1]: an episode with DEC in the window,
 * REC other than X1 (a blank REC on a closed episode counts) and LS not V3/V4. An X1 end is
 * never an end of care. Empty: 0.
 */
export const endsCount = defineIndicator({
  id: "ends-count",
  narrative: { cohort: "children", verb: "ceased to be looked after" },
  title: "Children who ceased to be looked after",
  unit: "count",
  polarity: "none",
  theme: "care-population",
  period: { kind: "window" },
  cohort: "Children with an episode ending in [W0, W1] with REC other than X1, not a short break.",
  numerator: "The count of those children (each once).",
  data: "episodes: DEC REC LS",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
  switches: ["excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute: measureEnds,
});

/**
 * @name endsRate
 * @category Children in care
 * @summary Children leaving care per 10,000 children aged under 18.
 */
export const endsRate = defineIndicator({
  ...endsCount,
  id: "ends-rate",
  narrative: { cohort: "children leaving care", verb: "" },
  title: "Children leaving care per 10,000 children aged under 18",
  unit: "rate-per-10k",
  polarity: "higher-is-better",
  cohort: "ends-count per 10,000 of the population aged under 18.",
  data: "episodes: DEC REC LS; population",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
});
