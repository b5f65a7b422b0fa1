import { defineRule, rowsWhere } from "../defineRule.js";
import { placementGeography } from "./placementGeography.js";
import { uascThisOrLastYear } from "./uascStatus.js";

/** 406: a child who is UASC this year or was last year has no placement distance (the DfE's tool derives one whenever both postcodes are found). */
export const r406 = /* @__PURE__ */ defineRule({
  code: "406",
  optional: ["header", "uasc", "header_last", "uasc_last"],
  check: (data) => {
    const episodes = data.table("episodes");
    const uasc = uascThisOrLastYear(data);
    if (uasc === null) return {};
    const { distance } = placementGeography(data, "episodes");
    return { episodes: rowsWhere(episodes, (row) => distance[row] !== null && uasc.has(episodes.childOf(row) ?? "")) };
  },
});
