import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/** 142: every episode of a child but the latest (in DECOM order) has ended: DEC and REC given. */
export const r142 = /* @__PURE__ */ defineRule({
  code: "142",
  check: (data) => {
    const episodes = data.table("episodes");
    const decom = episodes.dates("DECOM");
    const dec = episodes.column("DEC");
    const rec = episodes.column("REC");
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      for (const row of rows.slice(0, -1)) if (decom[row] != null && (dec[row] == null || rec[row] == null)) flagged.push(row);
    }
    return { episodes: flagged.sort((a, b) => a - b) };
  },
});
