import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];
const AD1_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

/** 187: a child looked after continuously for 12 months at 31 March has no adoption (AD1) or care-leaver (OC3) items. */
export const r187 = /* @__PURE__ */ defineRule({
  code: "187",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const given = (child: string | null, ...items: (string | null)[]) => cohort.has(child ?? "") && items.some((item) => item !== null);
    return {
      ad1: rowsWhereValues(data.table("ad1"), ["CHILD", ...AD1_ITEMS], given),
      oc3: rowsWhereValues(data.table("oc3"), ["CHILD", ...OC3_ITEMS], given),
    };
  },
});
