import { defineRule, rowsWhere } from "../defineRule.js";

/** A number as a spreadsheet or pandas reads it ("5", "5.0", " 5 "), or null. */
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** 180: SDQ_SCORE, when given, is a whole number from 0 to 40. */
export const r180 = /* @__PURE__ */ defineRule({
  code: "180",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const score = oc2.column("SDQ_SCORE");
    return {
      oc2: rowsWhere(oc2, (row) => {
        const value = score[row] ?? null;
        if (value === null) return false;
        const n = NUMBER.test(value) ? Number(value) : Number.NaN;
        return !(Number.isInteger(n) && n >= 0 && n <= 40);
      }),
    };
  },
});
