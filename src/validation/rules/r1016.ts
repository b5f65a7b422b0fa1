import { defineRule } from "../defineRule.js";
import { birthday } from "./ages.js";
import { pairedByChild } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];
/** The DfE's tool counts an age in years of 365.2425 days. */
const atLeastYears = (days: number, years: number) => days >= years * 365.2425;

/**
 * 1016 (from 2023-24): a young person 17 on 31 March whose episode ended on or after their 17th
 * birthday, or 18 whose episode ended on or after their 18th, has no care-leaver items (the OC3
 * row fails).
 */
export const r1016 = /* @__PURE__ */ defineRule({
  code: "1016",
  since: "2023-24",
  check: (data) => {
    const [episodes, oc3] = [data.table("episodes"), data.table("oc3")];
    const dec = episodes.dates("DEC");
    const dob = oc3.dates("DOB");
    const items = OC3_ITEMS.map((column) => oc3.column(column));
    return {
      oc3: pairedByChild(oc3, episodes, (o, e) => {
        const born = dob[o] ?? null;
        if (born === null || dec[e] === null || !items.some((values) => values[o] !== null)) return false;
        const age = data.collectionEnd - born;
        const ended = dec[e]!;
        return (atLeastYears(age, 17) && !atLeastYears(age, 18) && ended >= birthday(born, 17)) || (atLeastYears(age, 18) && !atLeastYears(age, 19) && ended >= birthday(born, 18));
      }).left,
    };
  },
});
