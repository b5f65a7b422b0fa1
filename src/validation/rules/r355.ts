import { defineRule, rowsWhere } from "../defineRule.js";

/** 355: an episode does not start and end on the same day (compared as written, as the DfE's tool does). */
export const r355 = /* @__PURE__ */ defineRule({
  code: "355",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const start = episodes.column("DECOM");
    const end = episodes.column("DEC");
    return { episodes: rowsWhere(episodes, (row) => start[row] !== null && start[row] === end[row]) };
  },
});
