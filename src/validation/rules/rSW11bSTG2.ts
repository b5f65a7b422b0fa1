import { addDays } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { swEpisodesInOrder } from "./socialWorkers.js";

/**
 * SW11bSTG2 (from 2023-24): a social-worker episode that ended in the last 5 days before 31 March
 * is followed by another. As the DfE's tool reads it, in a child's episodes in SW_DECOM order:
 * an episode after one that ended then fails without a start date; a child's only episode fails
 * when it ended then; and an episode that ended then fails when the episode before it (by a start
 * that is a date) began before that end.
 */
export const rSW11bSTG2 = /* @__PURE__ */ defineRule({
  code: "SW11bSTG2",
  since: "2023-24",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const [start, end] = [sw.dates("SW_DECOM"), sw.dates("SW_DEC")];
    const windowStart = addDays(data.collectionEnd, -5);
    const endedLate = (row: number) => end[row] !== null && end[row]! >= windowStart && end[row]! <= data.collectionEnd;
    const flagged = new Set<number>();
    for (const rows of swEpisodesInOrder(sw)) {
      if (rows.length === 1 && endedLate(rows[0]!)) flagged.add(rows[0]!);
      rows.forEach((row, k) => {
        if (k > 0 && endedLate(rows[k - 1]!) && start[row] === null) flagged.add(row);
      });
      const started = rows.filter((row) => start[row] !== null);
      started.forEach((row, k) => {
        if (k > 0 && endedLate(row) && start[started[k - 1]!]! < end[row]!) flagged.add(row);
      });
    }
    return { sw_episodes: [...flagged] };
  },
});
