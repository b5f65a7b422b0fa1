import { defineRule } from "../defineRule.js";
import { sameAndGiven } from "./checks.js";
import { newEpisodesWhere } from "./placementChange.js";

/**
 * 435: a new episode for a change of placement only (RNE P, T) keeps the LS and changes the
 * placement. As the DfE's tool compares them, a blank never equals anything: a blank LS fails,
 * and a blank placement item counts as changed.
 */
export const r435 = /* @__PURE__ */ defineRule({
  code: "435",
  check: (data) => ({
    episodes: newEpisodesWhere(data, ["P", "T"], { status: sameAndGiven, placement: sameAndGiven }, (sameStatus, samePlacement) => !sameStatus || samePlacement),
  }),
});
