import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/** 501: a child's episode does not start before the previous one (in DECOM order) ended. */
export const r501 = /* @__PURE__ */ defineRule({
  code: "501",
  check: (data) => {
    const episodes = data.table("episodes");
    const decom = episodes.dates("DECOM");
    const dec = episodes.dates("DEC");
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      for (let k = 1; k < rows.length; k += 1) {
        const start = decom[rows[k]!];
        const previousEnd = dec[rows[k - 1]!];
        if (start != null && previousEnd != null && start < previousEnd) flagged.push(rows[k]!);
      }
    }
    return { episodes: flagged.sort((a, b) => a - b) };
  },
});
