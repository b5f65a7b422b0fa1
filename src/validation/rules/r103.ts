import { defineRule, rowsWhere } from "../defineRule.js";

/** The DfE's ethnicity codes. */
export const ETHNICITY_CODES: ReadonlySet<string> = new Set([
  "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH",
  "CHNE", "OOTH", "REFU", "NOBT",
]);

/** 103: ETHNIC is one of the DfE's codes (blank fails). */
export const r103 = /* @__PURE__ */ defineRule({
  code: "103",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const ethnic = header.column("ETHNIC");
    return { header: rowsWhere(header, (row) => !ETHNICITY_CODES.has(ethnic[row] ?? "")) };
  },
});
