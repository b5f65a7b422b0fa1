import { ageAt } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { birthday } from "./ages.js";
import { pairedByChild } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];

/**
 * 1007: a young person aged 17 or 18 on 31 March who was looked after on their last birthday (an
 * episode from DECOM to a DEC after it) has no care-leaver items (the OC3 row fails).
 */
export const r1007 = /* @__PURE__ */ defineRule({
  code: "1007",
  check: (data) => {
    const [episodes, oc3] = [data.table("episodes"), data.table("oc3")];
    const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
    const dob = oc3.dates("DOB");
    const items = OC3_ITEMS.map((column) => oc3.column(column));
    return {
      oc3: pairedByChild(oc3, episodes, (o, e) => {
        const born = dob[o] ?? null;
        if (born === null || !(birthday(born, 17) <= data.collectionEnd && birthday(born, 19) > data.collectionEnd)) return false;
        const day = birthday(born, ageAt(born, data.collectionEnd));
        return decom[e] !== null && dec[e] !== null && decom[e]! <= day && dec[e]! > day && items.some((values) => values[o] !== null);
      }).left,
    };
  },
});
