import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/** 620: a child recorded as a mother (MOTHER 1) was 11 or older on 1 April of the collection year. */
export const r620 = /* @__PURE__ */ defineRule({
  code: "620",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const mother = header.column("MOTHER");
    const dob = header.dates("DOB");
    return { header: rowsWhere(header, (row) => mother[row] === "1" && dob[row] !== null && birthday(dob[row]!, 11) > data.collectionStart) };
  },
});
