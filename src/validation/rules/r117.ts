import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, lastWhere, pairedByChild, rowMarks } from "./checks.js";

/**
 * 117: a child's decision to place for adoption, and its ceasing, fall by 31 March and by the end
 * (DEC) of the child's latest episode that did not end in X1 (by a DECOM that is a date). Both
 * the decision and that episode fail. A child without such an episode is not checked, as the
 * DfE's tool reads it.
 */
export const r117 = /* @__PURE__ */ defineRule({
  code: "117",
  check: (data) => {
    const episodes = data.table("episodes");
    const decisions = data.table("placed_for_adoption");
    const [decom, dec, rec] = [episodes.dates("DECOM"), episodes.dates("DEC"), episodes.column("REC")];
    const [placed, ceased] = [decisions.dates("DATE_PLACED"), decisions.dates("DATE_PLACED_CEASED")];
    const latest = rowMarks(episodes.rowCount, episodesByChildInOrder(episodes).map((rows) => lastWhere(rows, (row) => decom[row] !== null && rec[row] !== "X1")));
    const tooLate = (day: number | null | undefined, end: number | null | undefined) => day != null && (day > data.collectionEnd || (end != null && day > end));
    const { left, right } = pairedByChild(episodes, decisions, (e, p) => latest[e] === 1 && (tooLate(placed[p], dec[e]) || tooLate(ceased[p], dec[e])));
    return { episodes: left, placed_for_adoption: right };
  },
});
