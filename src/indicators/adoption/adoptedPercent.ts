import { EPISODE_CHAIN } from "../reads.js";
import { endsOfCare } from "../care-population/startsAndEnds.js";
import { CohortMembers, uascExclusion } from "../common.js";
import { defineIndicator } from "../types.js";

const ADOPTED = new Set(["E11", "E12"]);

/**
 * @name adoptedPercent
 * @category Adoption
 * @summary Children leaving care who were adopted.
 * @description Adoption scorecard A4; DfE children ceasing care through an adoption order.
 * Denominator: ends-count (children with an end of care in [W0, W1]). Numerator: those whose
 * last end in the window has REC E11 or E12. No leavers: not computable. Drill-down reason: uasc.
 * @example
 * adoptedPercent.compute(context) //=> { numerator: 9, denominator: 95, … }
 */
export const adoptedPercent = defineIndicator({
  id: "adopted-percent",
  narrative: { cohort: "children leaving care", verb: "were adopted" },
  title: "Children leaving care who were adopted",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "adoption",
  period: { kind: "window" },
  cohort: "Children who ceased to be looked after in [W0, W1] (ends-count).",
  numerator: "Those whose last end of care in the window has REC E11 or E12.",
  data: "episodes: DEC REC LS",
  needs: ["episodes"],
  reads: { episodes: EPISODE_CHAIN },
  switches: ["excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    const members = new CohortMembers(context.history.ids);
    const isUasc = uascExclusion(context);
    const { endReason } = context.history.columns;
    const { leavers, lastEnds } = endsOfCare(context);
    for (let k = 0; k < leavers.length; k += 1) {
      const position = leavers[k]!;
      if (isUasc(position)) members.exclude(position, "uasc");
      else members.include(position, ADOPTED.has(endReason[lastEnds[k]!] ?? ""));
    }
    return members.percent();
  },
});
