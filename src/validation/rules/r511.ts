import { defineRule, rowsWhere } from "../defineRule.js";
import { codes } from "./checks.js";

const SINGLE = codes("M1", "F1");

/** 511: two adopters (NB_ADOPTR 2) are not coded as one (M1, F1). */
export const r511 = /* @__PURE__ */ defineRule({
  code: "511",
  scope: "row",
  check: (data) => {
    const ad1 = data.table("ad1");
    const number = ad1.column("NB_ADOPTR");
    const sex = ad1.column("SEX_ADOPTR");
    return { ad1: rowsWhere(ad1, (row) => number[row] === "2" && sex[row] !== null && SINGLE.has(sex[row]!)) };
  },
});
