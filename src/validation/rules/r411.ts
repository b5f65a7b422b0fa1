import { defineRule, rowsWhere } from "../defineRule.js";
import { placementGeography } from "./placementGeography.js";

/**
 * 411: a placement located IN the council is in the council's own area. The DfE derives both
 * items from the placement postcode, so the derived pair always agrees and the rule passes, as
 * it does in the DfE's tool. An episodes file that carries its own PL_LOCATION column (some
 * case-management extracts do) is checked against the derived placement LA (docs/validation.md).
 */
export const r411 = /* @__PURE__ */ defineRule({
  code: "411",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const { la, location } = placementGeography(data, "episodes");
    const given = episodes.has("PL_LOCATION") ? episodes.column("PL_LOCATION") : location;
    return { episodes: rowsWhere(episodes, (row) => given[row] === "IN" && la[row] !== data.referenceData.localAuthority) };
  },
});
