import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/**
 * 347 (from 2023-24): a care leaver living in a foyer (ACCOM T1, T2) was 18 by 1 April of the
 * collection year. The DfE's tool looks for an ACCOM of "T", which no valid code is, so it never
 * fails a row (docs/validation.md).
 */
export const r347 = /* @__PURE__ */ defineRule({
  code: "347",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const oc3 = data.table("oc3");
    const accom = oc3.column("ACCOM");
    const dob = oc3.dates("DOB");
    return { oc3: rowsWhere(oc3, (row) => (accom[row] === "T1" || accom[row] === "T2") && dob[row] !== null && birthday(dob[row]!, 18) > data.collectionStart) };
  },
});
