import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/** 302: a child's first episode (earliest DECOM that is a date) does not start before their birth (header DOB); both rows fail. */
export const r302 = /* @__PURE__ */ defineRule({
  code: "302",
  check: (data) => {
    const episodes = data.table("episodes");
    const header = data.table("header");
    const decom = episodes.dates("DECOM");
    const dob = header.dates("DOB");
    const headerByChild = header.byChild();
    const flagged = { episodes: new Set<number>(), header: new Set<number>() };
    for (const rows of episodesByChildInOrder(episodes)) {
      const first = rows[0]!;
      if (decom[first] === null) continue;
      for (const h of headerByChild.get(episodes.childOf(first)!) ?? []) {
        if (dob[h] !== null && dob[h]! > decom[first]!) {
          flagged.episodes.add(first);
          flagged.header.add(h);
        }
      }
    }
    return flagged;
  },
});
