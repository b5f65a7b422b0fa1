import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/**
 * 199: a child is adopted from care once: in this year's and last year's episodes together (by a
 * DECOM that is a date; last year's first on the same day), every episode of this year after a
 * child's first adoption (REC E11, E12) fails, a second adoption included.
 */
const NONE: readonly number[] = [];

export const r199 = /* @__PURE__ */ defineRule({
  code: "199",
  optional: ["episodes_last"],
  check: (data) => {
    const episodes = data.table("episodes");
    const last = data.tableOrNull("episodes_last");
    const [decom, rec] = [episodes.dates("DECOM"), episodes.column("REC")];
    const adopted = (code: string | null | undefined) => code === "E11" || code === "E12";
    // Per child, last year's adoptions by day (a child's episodes last year, in DECOM order).
    const adoptionsLastYear = new Map<string, number[]>();
    if (last !== null) {
      const [lastDecom, lastRec] = [last.dates("DECOM"), last.column("REC")];
      for (const rows of episodesByChildInOrder(last)) {
        let days: number[] | null = null;
        for (let k = 0; k < rows.length; k += 1) {
          const row = rows[k]!;
          if (lastDecom[row] !== null && adopted(lastRec[row])) (days ??= []).push(lastDecom[row]!);
        }
        if (days !== null) adoptionsLastYear.set(last.childOf(rows[0]!)!, days);
      }
    }
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      const earlier = adoptionsLastYear.get(episodes.childOf(rows[0]!)!) ?? NONE;
      let adoptions = 0;
      let k = 0;
      for (const row of rows) {
        if (decom[row] === null) continue;
        while (k < earlier.length && earlier[k]! <= decom[row]!) {
          adoptions += 1;
          k += 1;
        }
        if (adopted(rec[row])) adoptions += 1;
        if (adoptions > 0 && !(adopted(rec[row]) && adoptions === 1)) flagged.push(row);
      }
    }
    return { episodes: flagged };
  },
});
