import { defineRule, rowsWhere } from "../defineRule.js";

/** EPI: a child in the header has episodes or care-leaver (OC3) rows (without either, the DfE's portal cannot validate them). */
export const rEPI = /* @__PURE__ */ defineRule({
  code: "EPI",
  optional: ["episodes", "oc3"],
  check: (data) => {
    const header = data.table("header");
    const episodes = data.tableOrNull("episodes")?.byChild();
    const oc3 = data.tableOrNull("oc3")?.byChild();
    const child = header.column("CHILD");
    return { header: rowsWhere(header, (row) => !(episodes?.has(child[row] ?? "") ?? false) && !(oc3?.has(child[row] ?? "") ?? false)) };
  },
});
