import { defineRule, rowsWhere } from "../defineRule.js";

const V3_V4 = new Set(["V3", "V4"]);

/** 214: a short break (LS V3, V4) has no placement postcode or URN. */
export const r214 = /* @__PURE__ */ defineRule({
  code: "214",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const postcode = episodes.column("PL_POST");
    const urn = episodes.column("URN");
    return { episodes: rowsWhere(episodes, (row) => ls[row] !== null && V3_V4.has(ls[row]!) && (postcode[row] !== null || urn[row] !== null)) };
  },
});
