import { defineRule, rowsWhere } from "../defineRule.js";

/** 104: DUC, when given, is a DD/MM/YYYY date not before the collection year starts. */
export const r104 = /* @__PURE__ */ defineRule({
  code: "104",
  scope: "row",
  check: (data) => {
    const uasc = data.table("uasc");
    const given = uasc.column("DUC");
    const duc = uasc.dates("DUC");
    return { uasc: rowsWhere(uasc, (row) => given[row] !== null && (duc[row] === null || duc[row]! < data.collectionStart)) };
  },
});
