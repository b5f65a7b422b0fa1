import { defineRule } from "../defineRule.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";
import { lookUpPostcode } from "./placementGeography.js";

/**
 * 229: a placement in the council's own provision (PR1) is with a provider in the council's
 * area, and one with another council (PR2) is not. The provider's council is inferred from its
 * registered postcode, as the DfE's tool does; one it cannot infer fails PR1.
 */
export const r229 = /* @__PURE__ */ defineRule({
  code: "229",
  scope: "row",
  check: (data) => {
    const provider = data.table("episodes").column("PLACE_PROVIDER");
    const ours = data.referenceData.localAuthority;
    return {
      episodes: episodesAgainstOfsted(data, (row, registration) => {
        const theirs = lookUpPostcode(data, registration?.postcode ?? null)?.la ?? null;
        return (provider[row] === "PR1" && theirs !== ours) || (provider[row] === "PR2" && theirs === ours);
      }),
    };
  },
});
