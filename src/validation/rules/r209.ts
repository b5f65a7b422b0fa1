import { dayFromYmd, ymdFromDay } from "../../dates/day.js";
import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/**
 * 209: a child of school age has a UPN, not UN1. School age as the DfE's tool reads it: 4 or
 * over on 31 August of the calendar year before the collection year starts.
 */
export const r209 = /* @__PURE__ */ defineRule({
  code: "209",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const dob = header.dates("DOB");
    const upn = header.column("UPN");
    const reference = dayFromYmd(ymdFromDay(data.collectionStart).year - 1, 8, 31);
    return { header: rowsWhere(header, (row) => upn[row] === "UN1" && dob[row] !== null && birthday(dob[row]!, 4) <= reference) };
  },
});
