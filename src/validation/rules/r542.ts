import { defineRule, rowsWhere } from "../defineRule.js";
import { birthday } from "./ages.js";

/** 542: a child under 10 at 31 March (the collection end) has no CONVICTED. */
export const r542 = /* @__PURE__ */ defineRule({
  code: "542",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const convicted = oc2.column("CONVICTED");
    return { oc2: rowsWhere(oc2, (row) => convicted[row] !== null && dob[row] !== null && birthday(dob[row]!, 10) > data.collectionEnd) };
  },
});
