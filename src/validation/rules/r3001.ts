import { defineRule } from "../defineRule.js";
import { birthday } from "./ages.js";
import { leftJoinedByChild } from "./checks.js";

/** 3001: a care leaver who turned 17 in the collection year is not living with former foster carers (ACCOM Z1, Z2). */
export const r3001 = /* @__PURE__ */ defineRule({
  code: "3001",
  check: (data) => {
    const [oc3, header] = [data.table("oc3"), data.table("header")];
    const accom = oc3.column("ACCOM");
    const dob = header.dates("DOB");
    return {
      oc3: leftJoinedByChild(oc3, header, (o, h) => {
        if (!(accom[o] === "Z1" || accom[o] === "Z2") || h === null || dob[h] === null) return false;
        const seventeenth = birthday(dob[h]!, 17);
        return seventeenth >= data.collectionStart && seventeenth <= data.collectionEnd;
      }),
    };
  },
});
