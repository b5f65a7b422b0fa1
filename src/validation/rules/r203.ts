import { defineRule } from "../defineRule.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

/** 203: a child's DOB is the one last year's return recorded (compared as dates; two unreadable dates agree). */
export const r203 = /* @__PURE__ */ defineRule({
  code: "203",
  check: (data) => {
    const [now, before] = [data.table("header").dates("DOB"), data.table("header_last").dates("DOB")];
    return { header: headerChangedSinceLastYear(data, (row, last) => (now[row] ?? null) !== (before[last] ?? null)) };
  },
});
