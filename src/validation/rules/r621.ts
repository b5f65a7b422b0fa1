import { defineRule, rowsWhere } from "../defineRule.js";

/**
 * 621: a mother's child (MC_DOB) is born after her (DOB). As the DfE's tool reads it, a child's
 * date of birth with the mother's DOB unreadable fails too: nothing shows the order is right.
 */
export const r621 = /* @__PURE__ */ defineRule({
  code: "621",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const childDob = header.dates("MC_DOB");
    const dob = header.dates("DOB");
    return { header: rowsWhere(header, (row) => childDob[row] !== null && !(dob[row] !== null && childDob[row]! > dob[row]!)) };
  },
});
