import { defineRule, rowsWhere } from "../defineRule.js";

/** 366: a short-term respite episode (LS V3) starts a period of care (RNE S): no placement changes within a break. */
export const r366 = /* @__PURE__ */ defineRule({
  code: "366",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const rne = episodes.column("RNE");
    return { episodes: rowsWhere(episodes, (row) => ls[row] === "V3" && rne[row] !== "S") };
  },
});
