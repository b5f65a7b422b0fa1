import { dayFromYmd } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

const UNREADABLE_START = dayFromYmd(1901, 1, 1);

/**
 * 388: REC X1 (new episode begins) exactly when the child's next episode starts the day this one
 * ends: an X1 episode whose next starts another day, a non-X1 ended episode whose next starts that
 * day, and a child's last episode ended X1 all fail. A DECOM that is not a date reads as
 * 1 January 1901, as the DfE's tool fills it for this rule (so such an episode comes first).
 */
export const r388 = /* @__PURE__ */ defineRule({
  code: "388",
  check: (data) => {
    const episodes = data.table("episodes");
    const decom = episodes.dates("DECOM");
    const dec = episodes.dates("DEC");
    const rec = episodes.column("REC");
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes, "first")) {
      rows.forEach((row, k) => {
        const next = rows[k + 1];
        if (dec[row] === null) return;
        if (next === undefined) {
          if (rec[row] === "X1") flagged.push(row);
          return;
        }
        const nextStart = decom[next] ?? UNREADABLE_START;
        if (rec[row] === null) return;
        if ((rec[row] === "X1") !== (dec[row] === nextStart)) flagged.push(row);
      });
    }
    return { episodes: flagged };
  },
});
