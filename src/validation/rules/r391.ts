import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/** 391: a young person under 17 at 31 March (the collection end) has no care-leaver items (IN_TOUCH, ACTIV, ACCOM). */
export const r391 = /* @__PURE__ */ defineRule({
  code: "391",
  scope: "row",
  check: (data) => {
    const oc3 = data.table("oc3");
    const dob = oc3.dates("DOB");
    const items = ["IN_TOUCH", "ACTIV", "ACCOM"].map((name) => oc3.column(name));
    return { oc3: rowsWhere(oc3, (row) => dob[row] !== null && birthday(dob[row]!, 17) > data.collectionEnd && items.some((values) => values[row] !== null)) };
  },
});
