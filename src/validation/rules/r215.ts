import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];
const OC2_ITEMS = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];

/** 215: a care leaver with OC3 items has none of the OC2 items; both rows fail. */
export const r215 = /* @__PURE__ */ defineRule({
  code: "215",
  check: (data) => {
    const [oc3, oc2] = [data.table("oc3"), data.table("oc2")];
    const anyGiven = (table: typeof oc3, columns: readonly string[]) => {
      const values = columns.map((column) => table.column(column));
      return (row: number) => values.some((column) => column[row] !== null);
    };
    const [leaver, cohort] = [anyGiven(oc3, OC3_ITEMS), anyGiven(oc2, OC2_ITEMS)];
    const { left, right } = pairedByChild(oc3, oc2, (l, r) => leaver(l) && cohort(r));
    return { oc3: left, oc2: right };
  },
});
