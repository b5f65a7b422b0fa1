import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, lastWhere } from "./checks.js";

/** 562: a child's first episode begun before the collection year is last year's latest episode (same CHILD and DECOM). */
export const r562 = /* @__PURE__ */ defineRule({
  code: "562",
  check: (data) => {
    const [episodes, last] = [data.table("episodes"), data.table("episodes_last")];
    const [decom, lastDecom] = [episodes.dates("DECOM"), last.dates("DECOM")];
    const lastStarts = new Map<string, number>();
    for (const rows of episodesByChildInOrder(last)) {
      const latest = lastWhere(rows, (row) => lastDecom[row] !== null);
      if (latest !== undefined) lastStarts.set(last.childOf(latest)!, lastDecom[latest]!);
    }
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      const first = rows[0]!;
      if (decom[first] === null || decom[first]! >= data.collectionStart) continue;
      if (lastStarts.get(episodes.childOf(first)!) !== decom[first]) flagged.push(first);
    }
    return { episodes: flagged };
  },
});
