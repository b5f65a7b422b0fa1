import { defineRule, rowsWhere } from "../defineRule.js";

/** 101: SEX is 1 or 2 (until 2023-24); blank fails. */
export const r101 = /* @__PURE__ */ defineRule({
  code: "101",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const sex = header.column("SEX");
    return { header: rowsWhere(header, (row) => sex[row] !== "1" && sex[row] !== "2") };
  },
});

/** 101 from 2024-25: SEX is M, F or U. */
export const r101From2024 = /* @__PURE__ */ defineRule({
  code: "101",
  since: "2024-25",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const sex = header.column("SEX");
    return { header: rowsWhere(header, (row) => !SEX_FROM_2024.has(sex[row] ?? "")) };
  },
});
const SEX_FROM_2024 = new Set(["M", "F", "U"]);
