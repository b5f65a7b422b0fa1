import { type RuleData, defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

/** PLACE, when given, is a placement type of the ruleset's year, as the reader's code list dates them. */
function placeIn(rulesetEndYear: number) {
  const valid = listCodes("PLACE", rulesetEndYear);
  return (data: RuleData) => ({ episodes: notOneOf(data.table("episodes"), "PLACE", valid, "passes") });
}

/** 146: PLACE, when given, is one of the year's placement types (H5, P2 and Z1 still among them). */
export const r146 = /* @__PURE__ */ defineRule({ code: "146", scope: "row", check: /* @__PURE__ */ placeIn(2023) });

/** 146 from 2024-25: K3 joins the list. */
export const r146From2024 = /* @__PURE__ */ defineRule({ code: "146", since: "2024-25", scope: "row", check: /* @__PURE__ */ placeIn(2025) });

/** 146 from 2025-26: H5, P2 and Z1 leave it, Z11–Z14 join it. */
export const r146From2025 = /* @__PURE__ */ defineRule({ code: "146", since: "2025-26", scope: "row", check: /* @__PURE__ */ placeIn(2026) });
