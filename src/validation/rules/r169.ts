import { defineRule, rowsWhere } from "../defineRule.js";
import { RESPITE } from "./checks.js";
import { placementGeography } from "./placementGeography.js";

/** 169: an episode (not respite) has a placement LA, which the DfE derives from a placement postcode it can find. */
export const r169 = /* @__PURE__ */ defineRule({
  code: "169",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const { la } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(episodes, (row) => !RESPITE.has(ls[row] ?? "") && la[row] === null) };
  },
});
