import { defineRule } from "../defineRule.js";
import { RESPITE, episodesByChildInOrder, pairedByChild } from "./checks.js";

/**
 * 118: a decision to place for adoption that ceased did so from 1 April and not before the DECOM
 * of the child's earliest episode other than respite (LS V3, V4). Both the decision and that
 * episode fail; a child without such an episode is not checked, as the DfE's tool reads it.
 */
export const r118 = /* @__PURE__ */ defineRule({
  code: "118",
  check: (data) => {
    const episodes = data.table("episodes");
    const decisions = data.table("placed_for_adoption");
    const [decom, ls] = [episodes.dates("DECOM"), episodes.column("LS")];
    const ceased = decisions.dates("DATE_PLACED_CEASED");
    const earliest = new Set(episodesByChildInOrder(episodes).flatMap((rows) => rows.filter((row) => !RESPITE.has(ls[row] ?? "") && decom[row] !== null).slice(0, 1)));
    const { left, right } = pairedByChild(episodes, decisions, (e, p) => {
      const day = ceased[p] ?? null;
      return earliest.has(e) && day !== null && (day < data.collectionStart || day < decom[e]!);
    });
    return { episodes: left, placed_for_adoption: right };
  },
});
