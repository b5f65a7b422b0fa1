import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

/** 186: a child of the OC2 cohort aged 4 by 1 April and under 17 on 31 March has an SDQ score or a reason for none. */
export const r186 = /* @__PURE__ */ defineRule({
  code: "186",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const [score, reason] = [oc2.column("SDQ_SCORE"), oc2.column("SDQ_REASON")];
    return {
      oc2: rowsWhere(oc2, (row) => {
        const born = dob[row] ?? null;
        return born !== null && birthday(born, 4) <= data.collectionStart && birthday(born, 17) > data.collectionEnd && cohort.has(oc2.childOf(row) ?? "") && score[row] === null && reason[row] === null;
      }),
    };
  },
});
