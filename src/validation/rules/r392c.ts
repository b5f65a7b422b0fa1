import { defineRule, rowsWhere } from "../defineRule.js";
import { lookUpPostcode } from "./placementGeography.js";

/** 392c: a home or placement postcode that is given is in the postcode directory. */
export const r392c = /* @__PURE__ */ defineRule({
  code: "392c",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const [home, placement] = [episodes.column("HOME_POST"), episodes.column("PL_POST")];
    const unknown = (postcode: string | null) => postcode !== null && lookUpPostcode(data, postcode) === null;
    return { episodes: rowsWhere(episodes, (row) => unknown(home[row] ?? null) || unknown(placement[row] ?? null)) };
  },
});
