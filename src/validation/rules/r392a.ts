import { defineRule, rowsWhere } from "../defineRule.js";
import { RESPITE } from "./checks.js";
import { placementGeography } from "./placementGeography.js";
import { uascThisOrLastYear } from "./uascStatus.js";

/** 392a: an episode (not respite) of a child who is not UASC this year or last has a placement distance (both postcodes found). */
export const r392a = /* @__PURE__ */ defineRule({
  code: "392a",
  optional: ["header", "uasc", "header_last", "uasc_last"],
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const uasc = uascThisOrLastYear(data);
    const { distance } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(episodes, (row) => distance[row] === null && !RESPITE.has(ls[row] ?? "") && !uasc?.has(episodes.childOf(row) ?? "")) };
  },
});
