import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 359: a young person 18 before 31 March still looked after (no DEC) is under section 20(5) in a community home (LS V2, PLACE K2). */
export const r359 = /* @__PURE__ */ defineRule({
  code: "359",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [dec, ls, place] = [episodes.column("DEC"), episodes.column("LS"), episodes.column("PLACE")];
    const dob = header.dates("DOB");
    return {
      episodes: pairedByChild(episodes, header, (e, h) => dob[h] !== null && birthday(dob[h]!, 18) < data.collectionEnd && dec[e] === null && !(ls[e] === "V2" && place[e] === "K2")).left,
    };
  },
});
