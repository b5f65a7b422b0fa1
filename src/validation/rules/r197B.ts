import type { Day } from "../../dates/day.js";
import { birthday } from "./ages.js";
import { defineRule, rowsWhere } from "../defineRule.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

/** 197B: a child of the OC2 cohort who turns 4 or 17 in the collection year has an SDQ score or a reason for none. */
export const r197B = /* @__PURE__ */ defineRule({
  code: "197B",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const [score, reason] = [oc2.column("SDQ_SCORE"), oc2.column("SDQ_REASON")];
    const inYear = (day: Day) => day >= data.collectionStart && day <= data.collectionEnd;
    return {
      oc2: rowsWhere(oc2, (row) => {
        const born = dob[row] ?? null;
        return born !== null && (inYear(birthday(born, 4)) || inYear(birthday(born, 17))) && cohort.has(oc2.childOf(row) ?? "") && score[row] === null && reason[row] === null;
      }),
    };
  },
});
