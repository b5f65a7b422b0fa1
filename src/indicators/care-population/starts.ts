import { EPISODE_CHAIN } from "../reads.js";
import { defineIndicator } from "../types.js";
import { measureStarts } from "./startsAndEnds.js";

/**
 * @name startsCount
 * @category Children in care
 * @summary Children who started to be looked after in the period.
 * @description Children with an episode whose RNE is S, DECOM in [W0, W1] and LS not V3/V4;
 * a child who starts twice counts once (DfE starts: first occasion in the year). Empty: 0.
 */
export const startsCount = defineIndicator({
  id: "starts-count",
  narrative: { cohort: "children", verb: "started to be looked after" },
  title: "Children who started to be looked after",
  unit: "count",
  polarity: "none",
  theme: "care-population",
  period: { kind: "window" },
  cohort: "Children with an episode with RNE S and DECOM in [W0, W1], not a short break.",
  numerator: "The count of those children (each once).",
  data: "episodes: DECOM RNE LS",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
  switches: ["excludeUasc"],
  defaultTarget: null,
  compute: measureStarts,
});

/**
 * @name startsRate
 * @category Children in care
 * @summary Children starting care per 10,000 children aged under 18.
 */
export const startsRate = defineIndicator({
  ...startsCount,
  id: "starts-rate",
  narrative: { cohort: "children starting care", verb: "" },
  title: "Children starting care per 10,000 children aged under 18",
  unit: "rate-per-10k",
  polarity: "lower-is-better",
  cohort: "starts-count per 10,000 of the population aged under 18.",
  data: "episodes: DECOM RNE LS; population",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
});
