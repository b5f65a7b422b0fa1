import { type OfstedProvider, defineRule } from "../defineRule.js";
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
    // Each registration's council once (a provider takes many children).
    const councilOf = new Map<OfstedProvider | null, string | null>();
    return {
      episodes: episodesAgainstOfsted(data, (row, registration) => {
        let theirs = councilOf.get(registration);
        if (theirs === undefined) councilOf.set(registration, (theirs = lookUpPostcode(data, registration?.postcode ?? null)?.la ?? null));
        return (provider[row] === "PR1" && theirs !== ours) || (provider[row] === "PR2" && theirs === ours);
      }),
    };
  },
});
