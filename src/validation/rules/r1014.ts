import { defineRule } from "../defineRule.js";
import { episodeDuring } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];

/**
 * 1014: a care leaver (OC3 items given) whose episodes all fall outside the collection year has
 * no UASC information; the UASC and OC3 rows fail. A child without episodes is not checked, as
 * the DfE's tool reads it.
 */
export const r1014 = /* @__PURE__ */ defineRule({
  code: "1014",
  check: (data) => {
    const [episodes, uasc, oc3] = [data.table("episodes"), data.table("uasc"), data.table("oc3")];
    const during = episodeDuring(episodes, data.collectionStart, data.collectionEnd);
    const items = OC3_ITEMS.map((column) => oc3.column(column));
    const [uascByChild, oc3ByChild] = [uasc.byChild(), oc3.byChild()];
    const flagged = { uasc: new Set<number>(), oc3: new Set<number>() };
    for (const [child, rows] of episodes.byChild()) {
      const inYear = rows.some(during);
      const uascRows = uascByChild.get(child);
      if (inYear || uascRows === undefined) continue;
      const leaverRows = (oc3ByChild.get(child) ?? []).filter((o) => items.some((values) => values[o] !== null));
      if (leaverRows.length === 0) continue;
      uascRows.forEach((row) => flagged.uasc.add(row));
      leaverRows.forEach((row) => flagged.oc3.add(row));
    }
    return flagged;
  },
});
