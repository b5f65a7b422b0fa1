import { defineRule, rowsWhere } from "../defineRule.js";
import { placementGeography } from "./placementGeography.js";
import { uascThisOrLastYear } from "./uascStatus.js";

/** 164: a derived placement distance lies between 0 and 999.9 miles, for children who are not UASC this year or last. */
export const r164 = /* @__PURE__ */ defineRule({
  code: "164",
  optional: ["header", "uasc", "header_last", "uasc_last"],
  check: (data) => {
    const episodes = data.table("episodes");
    const uasc = uascThisOrLastYear(data);
    const { distance } = placementGeography(data, "episodes");
    return {
      episodes: rowsWhere(episodes, (row) => {
        const miles = distance[row] ?? null;
        return miles !== null && (miles < 0 || miles > 999.9) && !uasc?.has(episodes.childOf(row) ?? "");
      }),
    };
  },
});
