import { defineRule } from "../defineRule.js";
import { RESPITE, episodesByChildInOrder, firstWhere, pairedByChild, rowMarks } from "./checks.js";

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
    const earliest = rowMarks(episodes.rowCount, episodesByChildInOrder(episodes).map((rows) => firstWhere(rows, (row) => !RESPITE.has(ls[row] ?? "") && decom[row] !== null)));
    const { left, right } = pairedByChild(episodes, decisions, (e, p) => {
      const day = ceased[p] ?? null;
      return earliest[e] === 1 && day !== null && (day < data.collectionStart || day < decom[e]!);
    });
    return { episodes: left, placed_for_adoption: right };
  },
});
