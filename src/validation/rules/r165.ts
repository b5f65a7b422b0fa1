import { defineRule } from "../defineRule.js";
import { RESPITE, episodeDuring } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];

/**
 * 165: MOTHER, for a child with episodes other than respite, is 0 or 1; a boy (SEX 1) has none; a
 * girl (SEX 2) looked after in the year has it; and a girl not looked after in the year but with
 * care-leaver items has none. The header row and the child's OC3 rows fail. As the DfE's tool
 * reads it, SEX is compared with 1 and 2 in every year, so from 2024-25 (SEX M, F, U) only the
 * value check applies.
 */
export const r165 = /* @__PURE__ */ defineRule({
  code: "165",
  check: (data) => {
    const [header, episodes, oc3] = [data.table("header"), data.table("episodes"), data.table("oc3")];
    const ls = episodes.column("LS");
    const during = episodeDuring(episodes, data.collectionStart, data.collectionEnd);
    const [sex, mother] = [header.column("SEX"), header.column("MOTHER")];
    const items = OC3_ITEMS.map((column) => oc3.column(column));
    const [headerByChild, oc3ByChild] = [header.byChild(), oc3.byChild()];
    const flagged = { header: new Set<number>(), oc3: new Set<number>() };
    for (const [child, rows] of episodes.byChild()) {
      const lookedAfter = rows.filter((row) => !RESPITE.has(ls[row] ?? ""));
      if (lookedAfter.length === 0) continue;
      const inYear = lookedAfter.some(during);
      for (const h of headerByChild.get(child) ?? [null]) {
        for (const o of oc3ByChild.get(child) ?? [null]) {
          const given = h !== null && mother[h] !== null;
          const [boy, girl] = [h !== null && sex[h] === "1", h !== null && sex[h] === "2"];
          const leaver = o !== null && items.some((values) => values[o] !== null);
          const fails = (given && !(mother[h!] === "0" || mother[h!] === "1")) || (given && boy) || (!given && girl && inYear) || (given && girl && !inYear && leaver);
          if (!fails) continue;
          if (h !== null) flagged.header.add(h);
          if (o !== null) flagged.oc3.add(o);
        }
      }
    }
    return flagged;
  },
});
