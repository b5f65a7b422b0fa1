import { defineRule, rowsWhere } from "../defineRule.js";
import { placementGeography } from "./placementGeography.js";

/** 392c: a home or placement postcode that is given is in the postcode directory. */
export const r392c = /* @__PURE__ */ defineRule({
  code: "392c",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const [homeText, placementText] = [episodes.column("HOME_POST"), episodes.column("PL_POST")];
    const { home, placed } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(episodes, (row) => (homeText[row] != null && home[row] === null) || (placementText[row] != null && placed[row] === null)) };
  },
});
