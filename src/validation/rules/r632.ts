import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";
import { dayFromZzDate } from "./zzDates.js";

/**
 * 632: the date of a previous permanence order (DATE_PERM), when given, is a date (ZZ standing
 * for an unknown day or month) before the child's first episode (earliest DECOM); both rows fail.
 */
export const r632 = /* @__PURE__ */ defineRule({
  code: "632",
  check: (data) => {
    const [episodes, previous] = [data.table("episodes"), data.table("previous_permanence")];
    const decom = episodes.dates("DECOM");
    const permText = previous.column("DATE_PERM");
    const previousByChild = previous.byChild();
    const flagged = { episodes: new Set<number>(), previous_permanence: new Set<number>() };
    for (const rows of episodesByChildInOrder(episodes)) {
      const first = rows[0]!;
      if (decom[first] === null) continue;
      for (const p of previousByChild.get(episodes.childOf(first)!) ?? []) {
        const perm = dayFromZzDate(permText[p] ?? null);
        if ((perm !== null && perm >= decom[first]!) || (permText[p] !== null && perm === null)) {
          flagged.episodes.add(first);
          flagged.previous_permanence.add(p);
        }
      }
    }
    return flagged;
  },
});
