import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 580: a child missing when they left care at 18 (MIS_END, DEC and the 18th birthday the same day) left care for that reason (REC E8). */
export const r580 = /* @__PURE__ */ defineRule({
  code: "580",
  check: (data) => {
    const [episodes, missing] = [data.table("episodes"), data.table("missing")];
    const [dec, rec] = [episodes.dates("DEC"), episodes.column("REC")];
    const [end, dob] = [missing.dates("MIS_END"), missing.dates("DOB")];
    return {
      episodes: pairedByChild(episodes, missing, (e, m) => dec[e] !== null && end[m] === dec[e] && dob[m] !== null && birthday(dob[m]!, 18) === dec[e] && rec[e] !== "E8").left,
    };
  },
});
