import { defineRule, rowsWhere } from "../defineRule.js";

/** 451: no episode is still open (no DEC, no REC) under D1, freed for adoption. */
export const r451 = /* @__PURE__ */ defineRule({
  code: "451",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const dec = episodes.column("DEC");
    const rec = episodes.column("REC");
    const ls = episodes.column("LS");
    return { episodes: rowsWhere(episodes, (row) => dec[row] === null && rec[row] === null && ls[row] === "D1") };
  },
});
