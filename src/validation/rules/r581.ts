import { defineRule, rowsWhere } from "../defineRule.js";

/**
 * 581: a missing period starts during one of the child's episodes (from its DECOM to its DEC, or
 * open). As the DfE's tool reads it, a start that is not a date fails; a child with no episodes
 * is not checked.
 */
export const r581 = /* @__PURE__ */ defineRule({
  code: "581",
  check: (data) => {
    const [episodes, missing] = [data.table("episodes"), data.table("missing")];
    const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
    const start = missing.dates("MIS_START");
    const episodesByChild = episodes.byChild();
    return {
      missing: rowsWhere(missing, (row) => {
        const rows = episodesByChild.get(missing.childOf(row) ?? "");
        if (rows === undefined) return false;
        const day = start[row] ?? null;
        return !rows.some((e) => day !== null && decom[e] !== null && day >= decom[e]! && (dec[e] === null || day <= dec[e]!));
      }),
    };
  },
});
