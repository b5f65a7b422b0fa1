import { type RuleData, defineRule, rowsWhere } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, Z_PLACEMENTS_FROM_2025 } from "./checks.js";

const TEMPORARY = new Set<string>(TEMPORARY_PLACEMENTS);
const NO_PROVIDER_FROM_2025 = new Set([...TEMPORARY_PLACEMENTS, ...Z_PLACEMENTS_FROM_2025]);

function providerGivenFor(places: ReadonlySet<string>) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const provider = episodes.column("PLACE_PROVIDER");
    return { episodes: rowsWhere(episodes, (row) => place[row] !== null && places.has(place[row]!) && provider[row] !== null) };
  };
}

/** 213: a temporary placement (T0–T4) has no PLACE_PROVIDER. */
export const r213 = /* @__PURE__ */ defineRule({ code: "213", scope: "row", check: providerGivenFor(TEMPORARY) });

/** 213 from 2025-26: nor does a placement of Z11–Z14. */
export const r213From2025 = /* @__PURE__ */ defineRule({ code: "213", since: "2025-26", scope: "row", check: providerGivenFor(NO_PROVIDER_FROM_2025) });
