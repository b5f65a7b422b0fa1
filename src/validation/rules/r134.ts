import { defineRule, rowsWhere } from "../defineRule.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];
const AD1_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

/** 134: a care leaver with OC3 items has no adoption items in AD1 (the AD1 row fails). */
export const r134 = /* @__PURE__ */ defineRule({
  code: "134",
  check: (data) => {
    const [ad1, oc3] = [data.table("ad1"), data.table("oc3")];
    const adoption = AD1_ITEMS.map((column) => ad1.column(column));
    const leaving = OC3_ITEMS.map((column) => oc3.column(column));
    const oc3ByChild = oc3.byChild();
    return {
      ad1: rowsWhere(ad1, (row) => {
        const leaverRows = oc3ByChild.get(ad1.childOf(row) ?? "") ?? [];
        return adoption.some((values) => values[row] !== null) && leaverRows.some((o) => leaving.some((values) => values[o] !== null));
      }),
    };
  },
});
