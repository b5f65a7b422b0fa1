import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/**
 * 634: previous-permanence details belong to a child whose latest episode (by DECOM) began from
 * 1 April of the collection year; the details and every episode of the child fail.
 */
export const r634 = /* @__PURE__ */ defineRule({
  code: "634",
  check: (data) => {
    const [episodes, previous] = [data.table("episodes"), data.table("previous_permanence")];
    const decom = episodes.dates("DECOM");
    const items = ["PREV_PERM", "DATE_PERM", "LA_PERM"].map((column) => previous.column(column));
    // Each episode of a child whose latest start (a DECOM that is a date) is before 1 April.
    const startedBefore = new Uint8Array(episodes.rowCount);
    for (const rows of episodes.byChild().values()) {
      let latest = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < rows.length; k += 1) latest = Math.max(latest, decom[rows[k]!] ?? Number.NEGATIVE_INFINITY);
      if (latest !== Number.NEGATIVE_INFINITY && latest < data.collectionStart) for (let k = 0; k < rows.length; k += 1) startedBefore[rows[k]!] = 1;
    }
    const { left, right } = pairedByChild(previous, episodes, (p, e) => startedBefore[e] === 1 && items.some((values) => values[p] !== null));
    return { previous_permanence: left, episodes: right };
  },
});
