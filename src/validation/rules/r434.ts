import { defineRule } from "../defineRule.js";
import { sameAndGiven, sameOrBothBlank } from "./checks.js";
import { newEpisodesWhere } from "./placementChange.js";

/**
 * 434: a new episode for a change of legal status only (RNE L) has another LS (two blanks
 * differ) and the same placement (blanks alike), as the DfE's tool compares them.
 */
export const r434 = /* @__PURE__ */ defineRule({
  code: "434",
  check: (data) => ({
    episodes: newEpisodesWhere(data, ["L"], { status: sameAndGiven, placement: sameOrBothBlank }, (sameStatus, samePlacement) => sameStatus || !samePlacement),
  }),
});
