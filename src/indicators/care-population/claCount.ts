import { EPISODE_CHAIN, PLACEMENT } from "../reads.js";
import { profileBreakdowns } from "../breakdowns.js";
import { defineIndicator } from "../types.js";
import { measureChildrenInCare } from "./childrenInCare.js";

/**
 * @name claCount
 * @category Children in care
 * @summary Children looked after at the as-at date.
 * @description Count of CLA(R): children with at least one non-short-break episode covering R
 * (half-open episodes, so a child whose last episode ends on R is not in care). Short breaks
 * (LS V3/V4) out, UASC in (DfE's count of children looked after on 31 March, on any date).
 * Empty cohort: 0.
 * @example
 * claCount.compute(context) //=> { kind: "measured", numerator: 380, denominator: null, … }
 */
export const claCount = defineIndicator({
  id: "cla-count",
  narrative: { cohort: "children", verb: "were in care" },
  title: "Children in care",
  unit: "count",
  polarity: "none",
  theme: "care-population",
  period: { kind: "snapshot", lookback: "on R" },
  cohort: "Children with a non-short-break episode covering R (CLA(R)).",
  numerator: "The count of those children.",
  data: "episodes: DECOM DEC LS",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
  breakdownReads: { header: ["CHILD", "SEX", "DOB", "ETHNIC"], episodes: PLACEMENT },
  switches: ["excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute: measureChildrenInCare,
  breakdowns: (context, members) => profileBreakdowns(context, members.numerator),
});
