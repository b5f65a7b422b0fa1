import { defineRule, rowsWhere } from "../defineRule.js";

/** A UPN: a letter other than I, O or S, then 12 digits or 11 digits and a letter; or an unknown code UN1–UN5. */
const UPN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

/** 168: UPN, when given, is a valid UPN or one of the unknown codes UN1–UN5. */
export const r168 = /* @__PURE__ */ defineRule({
  code: "168",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const upn = header.column("UPN");
    return { header: rowsWhere(header, (row) => upn[row] !== null && !UPN.test(upn[row]!)) };
  },
});
