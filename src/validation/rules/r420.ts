import { defineRule, rowsWhere } from "../defineRule.js";
import { RESPITE } from "./checks.js";
import { placementGeography } from "./placementGeography.js";

/** 420: a respite episode (V3, V4) has no placement LA: its placement postcode is blank or not one the DfE can place. */
export const r420 = /* @__PURE__ */ defineRule({
  code: "420",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const { la } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(episodes, (row) => RESPITE.has(ls[row] ?? "") && la[row] !== null) };
  },
});
