import { type RuleData, defineRule, rowsWhere } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, Z_PLACEMENTS_FROM_2025, listCodes } from "./checks.js";

const PROVIDERS = /* @__PURE__ */ listCodes("PLACE_PROVIDER");
const NO_PROVIDER = new Set([...TEMPORARY_PLACEMENTS, "Z1"]);
// As the DfE's tool has it: T4 is not among them from 2025-26.
const NO_PROVIDER_FROM_2025 = new Set(["T0", "T1", "T2", "T3", ...Z_PLACEMENTS_FROM_2025]);

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
