import { defineRule, rowsWhere } from "../defineRule.js";
import { placementGeography } from "./placementGeography.js";

/** 454 (from 2025-26): a placement is at most 350 miles from home (999.9, the DfE's mark for a distance it cannot give, passes). */
export const r454 = /* @__PURE__ */ defineRule({
  code: "454",
  since: "2025-26",
  scope: "row",
  check: (data) => {
    const { distance } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(data.table("episodes"), (row) => distance[row] !== null && distance[row]! > 350 && distance[row] !== 999.9) };
  },
});
