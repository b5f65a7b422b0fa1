import { defineRule } from "../defineRule.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

/** 626: a mother now (MOTHER 1) who was not one last year (MOTHER 0) had her first child in the collection year, not before. */
export const r626 = /* @__PURE__ */ defineRule({
  code: "626",
  check: (data) => {
    const header = data.table("header");
    const [mother, childDob] = [header.column("MOTHER"), header.dates("MC_DOB")];
    const before = data.table("header_last").column("MOTHER");
    const asNumber = (value: string | null | undefined) => (value == null ? Number.NaN : Number(value));
    return {
      header: headerChangedSinceLastYear(data, (row, last) => childDob[row] !== null && asNumber(mother[row]) === 1 && asNumber(before[last]) === 0 && childDob[row]! < data.collectionStart),
    };
  },
});
