import { defineRule } from "../defineRule.js";

/**
 * 303: a child whose UASC status ceased (a DUC in the UASC table) is coded UASC 1 in the header;
 * both rows fail. The standard CSV header has no UASC column: then, as the DfE's tool derives it,
 * every child the UASC table lists is UASC 1 and the rule passes. A header that carries the column
 * (as the DfE's XML does) is checked against it (docs/validation.md).
 */
export const r303 = /* @__PURE__ */ defineRule({
  code: "303",
  check: (data) => {
    const header = data.table("header");
    const uasc = data.table("uasc");
    if (!header.has("UASC")) return {};
    const status = header.column("UASC");
    const ceased = uasc.column("DUC");
    const uascByChild = uasc.byChild();
    const flagged = { header: new Set<number>(), uasc: new Set<number>() };
    header.column("CHILD").forEach((child, h) => {
      if (child === null || status[h] === "1") return;
      for (const row of uascByChild.get(child) ?? []) {
        if (ceased[row] !== null) {
          flagged.header.add(h);
          flagged.uasc.add(row);
        }
      }
    });
    return flagged;
  },
});
