import { defineRule } from "../defineRule.js";
import { RESPITE, episodeDuring } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];

/** A child with no row in a table: checked once, as the DfE's tool's outer join gives them one row of blanks. */
const NO_ROW: readonly null[] = [null];

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
    // The header joined by row (built once, shared with a dozen rules) rather than looked up per child.
    const [headerOf, oc3ByChild] = [episodes.rowsOfChildIn(header), oc3.byChild()];
    const flagged = { header: new Set<number>(), oc3: new Set<number>() };
    for (const rows of episodes.byChild().values()) {
      let [lookedAfter, inYear] = [false, false];
      for (let k = 0; k < rows.length && !inYear; k += 1) {
        if (RESPITE.has(ls[rows[k]!] ?? "")) continue;
        lookedAfter = true;
        inYear = during(rows[k]!);
      }
      if (!lookedAfter) continue;
      const leaverRows = oc3ByChild.get(episodes.childOf(rows[0]!)!) ?? NO_ROW;
      for (const h of headerOf[rows[0]!] ?? NO_ROW) {
        const given = h !== null && mother[h] !== null;
        const [boy, girl] = [h !== null && sex[h] === "1", h !== null && sex[h] === "2"];
        for (const o of leaverRows) {
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
