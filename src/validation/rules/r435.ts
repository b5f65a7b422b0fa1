import { defineRule } from "../defineRule.js";
import { sameAndGiven } from "./checks.js";
import { PLACEMENT_COLUMNS, newEpisodesWhere } from "./placementChange.js";

/**
 * 435: a new episode for a change of placement only (RNE P, T) keeps the LS and changes the
 * placement. As the DfE's tool compares them, a blank never equals anything: a blank LS fails,
 * and a blank placement item counts as changed.
 */
export const r435 = /* @__PURE__ */ defineRule({
  code: "435",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const placement = PLACEMENT_COLUMNS.map((column) => episodes.column(column));
    return {
      episodes: newEpisodesWhere(
        data,
        ["P", "T"],
        (before, row) => !sameAndGiven(ls[row], ls[before]) || placement.every((column) => sameAndGiven(column[row], column[before])),
      ),
    };
  },
});
