import { defineRule } from "../defineRule.js";
import { sameAndGiven, sameOrBothBlank } from "./checks.js";
import { PLACEMENT_COLUMNS, newEpisodesWhere } from "./placementChange.js";

/** 434: a new episode for a change of legal status only (RNE L) has another LS (two blanks differ) and the same placement (blanks alike), as the DfE's tool compares them. */
export const r434 = /* @__PURE__ */ defineRule({
  code: "434",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const placement = PLACEMENT_COLUMNS.map((column) => episodes.column(column));
    return {
      episodes: newEpisodesWhere(
        data,
        ["L"],
        (before, row) => sameAndGiven(ls[row], ls[before]) || placement.some((column) => !sameOrBothBlank(column[row], column[before])),
      ),
    };
  },
});
