import { defineRule } from "../defineRule.js";
import { sameOrBothBlank } from "./checks.js";
import { PLACEMENT_COLUMNS, newEpisodesWhere } from "./placementChange.js";

/** 436: a new episode for a change of both (RNE U, B) changes the LS and the placement (blanks alike). */
export const r436 = /* @__PURE__ */ defineRule({
  code: "436",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const placement = PLACEMENT_COLUMNS.map((column) => episodes.column(column));
    return {
      episodes: newEpisodesWhere(
        data,
        ["U", "B"],
        (before, row) => sameOrBothBlank(ls[row], ls[before]) || placement.every((column) => sameOrBothBlank(column[row], column[before])),
      ),
    };
  },
});
