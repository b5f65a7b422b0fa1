import { defineRule, rowsWhere } from "../defineRule.js";
import { codes } from "./checks.js";

/** The UPN codes for a child without one, which many children share. */
const NO_UPN = codes("UN1", "UN2", "UN3", "UN4", "UN5");

/** 444 (from 2025-26): a UPN other than UN1–UN5 belongs to one child in the return: every row of a repeated UPN fails. */
export const r444 = /* @__PURE__ */ defineRule({
  code: "444",
  since: "2025-26",
  check: (data) => {
    const header = data.table("header");
    const upn = header.column("UPN");
    const seen = new Map<string, number>();
    for (const value of upn) if (value !== null && !NO_UPN.has(value)) seen.set(value, (seen.get(value) ?? 0) + 1);
    return { header: rowsWhere(header, (row) => (seen.get(upn[row] ?? "") ?? 0) > 1) };
  },
});
