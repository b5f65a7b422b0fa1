import { defineRule } from "../defineRule.js";
import { codes, episodesByChildInOrder } from "./checks.js";

const RESPITE = codes("V3", "V4");

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
    const decisionsByChild = decisions.byChild();
    const flagged = { episodes: new Set<number>(), placed_for_adoption: new Set<number>() };
    for (const rows of episodesByChildInOrder(episodes)) {
      const earliest = rows.find((row) => !RESPITE.has(ls[row] ?? "") && decom[row] !== null);
      if (earliest === undefined) continue;
      for (const decision of decisionsByChild.get(episodes.childOf(earliest)!) ?? []) {
        const day = ceased[decision] ?? null;
        if (day !== null && (day < data.collectionStart || day < decom[earliest]!)) {
          flagged.episodes.add(earliest);
          flagged.placed_for_adoption.add(decision);
        }
      }
    }
    return flagged;
  },
});
