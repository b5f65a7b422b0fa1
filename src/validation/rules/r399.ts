import { defineRule } from "../defineRule.js";
import { RESPITE } from "./checks.js";

/**
 * 399: a child only ever in respite care (every episode LS V3 or V4) has no MOTHER, REVIEW or
 * REVIEW_CODE. As the DfE's tool joins the tables, the child's episodes fail with each header and
 * review row where the header gives MOTHER or the review gives a date or code.
 */
export const r399 = /* @__PURE__ */ defineRule({
  code: "399",
  check: (data) => {
    const [episodes, header, reviews] = [data.table("episodes"), data.table("header"), data.table("reviews")];
    const ls = episodes.column("LS");
    const mother = header.column("MOTHER");
    const [held, participation] = [reviews.column("REVIEW"), reviews.column("REVIEW_CODE")];
    const [headerByChild, reviewsByChild] = [header.byChild(), reviews.byChild()];
    const flagged = { episodes: [] as number[], header: new Set<number>(), reviews: new Set<number>() };
    for (const [child, rows] of episodes.byChild()) {
      if (!rows.every((row) => RESPITE.has(ls[row] ?? ""))) continue;
      let fails = false;
      for (const h of headerByChild.get(child) ?? [null]) {
        for (const r of reviewsByChild.get(child) ?? [null]) {
          if ((h !== null && mother[h] !== null) || (r !== null && (held[r] !== null || participation[r] !== null))) {
            fails = true;
            if (h !== null) flagged.header.add(h);
            if (r !== null) flagged.reviews.add(r);
          }
        }
      }
      if (fails) flagged.episodes.push(...rows);
    }
    return flagged;
  },
});
