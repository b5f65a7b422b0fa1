import { defineRule, type RuleData } from "../defineRule.js";
import { RESPITE, codes } from "./checks.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";
import { postcodeKey } from "./placementGeography.js";

/** Placements of type `places` (not respite) with a placement postcode are at the URN's registered postcode (an unlisted URN fails). */
function atRegisteredPostcode(places: ReadonlySet<string>) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const [ls, place, postcode] = [episodes.column("LS"), episodes.column("PLACE"), episodes.column("PL_POST")];
    return {
      episodes: episodesAgainstOfsted(data, (row, registration) => {
        if (RESPITE.has(ls[row] ?? "") || !places.has(place[row] ?? "") || postcode[row] == null) return false;
        return registration === null || postcodeKey(postcode[row]!) !== registration.postcode;
      }),
    };
  };
}

/** 221: K1, K2, R3 and S1 placements. */
export const r221 = /* @__PURE__ */ defineRule({ code: "221", scope: "row", check: atRegisteredPostcode(codes("K1", "K2", "R3", "S1")) });
/** 221 in 2023-24: H5 too. */
export const r221From2023 = /* @__PURE__ */ defineRule({ code: "221", since: "2023-24", scope: "row", check: atRegisteredPostcode(codes("H5", "K1", "K2", "R3", "S1")) });
/** 221 from 2024-25: K3 (supported accommodation) in place of H5. */
export const r221From2024 = /* @__PURE__ */ defineRule({ code: "221", since: "2024-25", scope: "row", check: atRegisteredPostcode(codes("K1", "K2", "K3", "R3", "S1")) });
