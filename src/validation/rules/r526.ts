import { type RuleData, defineRule, rowsWhere } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, Z_PLACEMENTS_FROM_2025 } from "./checks.js";


function providerMissing(noProvider: ReadonlySet<string>) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const provider = episodes.column("PLACE_PROVIDER");
    return { episodes: rowsWhere(episodes, (row) => provider[row] === null && !noProvider.has(place[row] ?? "")) };
  };
}

/** 526: every placement but a temporary one (T0–T4) or Z1 has a PLACE_PROVIDER. */
export const r526 = /* @__PURE__ */ defineRule({ code: "526", scope: "row", check: providerMissing(new Set([...TEMPORARY_PLACEMENTS, "Z1"])) });

/** 526 from 2025-26: Z11–Z14 in place of Z1. */
export const r526From2025 = /* @__PURE__ */ defineRule({
  code: "526",
  since: "2025-26",
  scope: "row",
  check: providerMissing(new Set([...TEMPORARY_PLACEMENTS, ...Z_PLACEMENTS_FROM_2025])),
});
