import { defineRule, rowsWhere } from "../defineRule.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];

/** 628: a care leaver (OC3 items given) not looked after in the year (no episodes) has no MOTHER (the header row fails). */
export const r628 = /* @__PURE__ */ defineRule({
  code: "628",
  check: (data) => {
    const [header, episodes, oc3] = [data.table("header"), data.table("episodes"), data.table("oc3")];
    const items = OC3_ITEMS.map((column) => oc3.column(column));
    const leavers = new Set<string>();
    oc3.column("CHILD").forEach((child, row) => {
      if (child !== null && items.some((values) => values[row] !== null)) leavers.add(child);
    });
    const inCare = episodes.byChild();
    const [child, mother] = [header.column("CHILD"), header.column("MOTHER")];
    return { header: rowsWhere(header, (row) => child[row] !== null && leavers.has(child[row]!) && !inCare.has(child[row]!) && mother[row] !== null) };
  },
});
