import { defineRule, rowsWhere } from "../defineRule.js";
import { RESPITE } from "./checks.js";
import { placementGeography } from "./placementGeography.js";

/** 179: an episode (not respite) has a placement location (IN or OUT), which the DfE derives from a placement postcode it can find. */
export const r179 = /* @__PURE__ */ defineRule({
  code: "179",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const { location } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(episodes, (row) => !RESPITE.has(ls[row] ?? "") && location[row] === null) };
  },
});
