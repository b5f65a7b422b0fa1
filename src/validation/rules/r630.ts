import { defineRule } from "../defineRule.js";
import { leftJoinedByChild } from "./checks.js";

/**
 * 630: a child who started a period of care in the year (RNE S, DECOM from 1 April) has a
 * previous-permanence row giving PREV_PERM, and unless it is Z1 (none) the council and date
 * (LA_PERM, DATE_PERM). The episode fails.
 */
export const r630 = /* @__PURE__ */ defineRule({
  code: "630",
  check: (data) => {
    const [episodes, previous] = [data.table("episodes"), data.table("previous_permanence")];
    const [rne, decom] = [episodes.column("RNE"), episodes.dates("DECOM")];
    const [option, la, date] = [previous.column("PREV_PERM"), previous.column("LA_PERM"), previous.column("DATE_PERM")];
    return {
      episodes: leftJoinedByChild(episodes, previous, (e, p) => {
        if (rne[e] !== "S" || decom[e] === null || decom[e]! < data.collectionStart) return false;
        return p === null || option[p] === null || (option[p] !== "Z1" && (la[p] === null || date[p] === null));
      }),
    };
  },
});
