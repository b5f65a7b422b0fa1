import { type RuleData, defineRule, rowsWhere } from "../defineRule.js";

const PROVIDERS = new Set(["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"]);
const NO_PROVIDER = new Set(["T0", "T1", "T2", "T3", "T4", "Z1"]);
const NO_PROVIDER_FROM_2025 = new Set(["T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"]);

function badProvider(noProvider: ReadonlySet<string>) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const provider = episodes.column("PLACE_PROVIDER");
    return {
      episodes: rowsWhere(episodes, (row) => provider[row] !== null && (!PROVIDERS.has(provider[row]!) || (place[row] !== null && noProvider.has(place[row]!)))),
    };
  };
}

/** 178: PLACE_PROVIDER, when given, is a provider code, and not for a placement that has none (T0–T4, Z1). */
export const r178 = /* @__PURE__ */ defineRule({ code: "178", scope: "row", check: badProvider(NO_PROVIDER) });

/** 178 from 2025-26: the placements without a provider are T0–T3 and Z11–Z14. */
export const r178From2025 = /* @__PURE__ */ defineRule({ code: "178", since: "2025-26", scope: "row", check: badProvider(NO_PROVIDER_FROM_2025) });
