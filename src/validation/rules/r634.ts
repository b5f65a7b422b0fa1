import type { Day } from "../../dates/day.js";
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
    const latestStart = new Map<string, Day>();
    for (const [child, rows] of episodes.byChild()) {
      const starts = rows.map((row) => decom[row]).filter((day): day is Day => day != null);
      if (starts.length > 0) latestStart.set(child, Math.max(...starts) as Day);
    }
    const { left, right } = pairedByChild(previous, episodes, (p, e) => {
      const latest = latestStart.get(episodes.childOf(e)!);
      return items.some((values) => values[p] !== null) && latest !== undefined && latest < data.collectionStart;
    });
    return { previous_permanence: left, episodes: right };
  },
});
