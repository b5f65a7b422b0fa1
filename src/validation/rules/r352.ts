import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 352: a child starting a period of care (RNE S) is under 18 that day (header DOB). */
export const r352 = /* @__PURE__ */ defineRule({
  code: "352",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [rne, decom] = [episodes.column("RNE"), episodes.dates("DECOM")];
    const dob = header.dates("DOB");
    return { episodes: pairedByChild(episodes, header, (e, h) => rne[e] === "S" && decom[e] !== null && dob[h] !== null && birthday(dob[h]!, 18) <= decom[e]!).left };
  },
});
