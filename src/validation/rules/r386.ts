import { headerBirthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { codes, leftJoinedByChild } from "./checks.js";

const ADOPTED = codes("E11", "E12");

/** 386: a child adopted (REC E11, E12) was under 18 when the episode ended (both dates real). */
export const r386 = /* @__PURE__ */ defineRule({
  code: "386",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [rec, dec] = [episodes.column("REC"), episodes.dates("DEC")];
    const eighteenth = headerBirthday(header, 18);
    return { episodes: leftJoinedByChild(episodes, header, (e, h) => ADOPTED.has(rec[e] ?? "") && dec[e] !== null && eighteenth(h) !== null && eighteenth(h)! <= dec[e]!) };
  },
});
