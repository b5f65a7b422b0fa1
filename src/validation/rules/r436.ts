import { defineRule } from "../defineRule.js";
import { sameOrBothBlank } from "./checks.js";
import { newEpisodesWhere } from "./placementChange.js";

/** 436: a new episode for a change of both (RNE U, B) changes the LS and the placement (blanks alike). */
export const r436 = /* @__PURE__ */ defineRule({
  code: "436",
  check: (data) => ({
    episodes: newEpisodesWhere(data, ["U", "B"], { status: sameOrBothBlank, placement: sameOrBothBlank }, (sameStatus, samePlacement) => sameStatus || samePlacement),
  }),
});
