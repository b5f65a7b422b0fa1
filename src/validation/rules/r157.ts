import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

/**
 * 157: a child of the OC2 cohort aged 4 by 1 April and not yet past 16 on 31 March (16th birthday
 * on or after it) has no SDQ score only for a reason other than SDQ1 (no form returned).
 */
export const r157 = /* @__PURE__ */ defineRule({
  code: "157",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const [score, reason] = [oc2.column("SDQ_SCORE"), oc2.column("SDQ_REASON")];
    return {
      oc2: rowsWhere(oc2, (row) => {
        const born = dob[row] ?? null;
        return born !== null && birthday(born, 4) <= data.collectionStart && birthday(born, 16) >= data.collectionEnd && cohort.has(oc2.childOf(row) ?? "") && score[row] === null && reason[row] === "SDQ1";
      }),
    };
  },
});
