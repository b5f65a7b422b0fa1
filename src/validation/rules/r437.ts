import { defineRule } from "../defineRule.js";
import { codes, episodesByChildInOrder } from "./checks.js";

const DIED_OR_18 = codes("E2", "E15");

/** 437: an episode that ended because the child died or turned 18 (REC E2, E15) is the child's last. */
export const r437 = /* @__PURE__ */ defineRule({
  code: "437",
  check: (data) => {
    const episodes = data.table("episodes");
    const decom = episodes.dates("DECOM");
    const rec = episodes.column("REC");
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      // A later row (even one whose DECOM cannot be read) makes this one not the last.
      rows.slice(0, -1).forEach((row) => {
        if (decom[row] != null && DIED_OR_18.has(rec[row] ?? "")) flagged.push(row);
      });
    }
    return { episodes: flagged.sort((a, b) => a - b) };
  },
});
