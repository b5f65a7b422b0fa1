import { headerBirthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { codes, pairedByChild } from "./checks.js";

const SPECIAL_GUARDIANSHIP = codes("E45", "E46", "E47", "E48");

/** 407: a child leaving care under a special guardianship order (REC E45–E48) had not passed their 18th birthday; both rows fail. */
export const r407 = /* @__PURE__ */ defineRule({
  code: "407",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [rec, dec] = [episodes.column("REC"), episodes.dates("DEC")];
    const eighteenth = headerBirthday(header, 18);
    const { left, right } = pairedByChild(episodes, header, (e, h) => SPECIAL_GUARDIANSHIP.has(rec[e] ?? "") && dec[e] !== null && eighteenth(h) !== null && eighteenth(h)! < dec[e]!);
    return { episodes: left, header: right };
  },
});
