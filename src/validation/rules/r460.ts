import { headerBirthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { leftJoinedByChild } from "./checks.js";

/** 460: a young person who stayed put with their carers at 18 (REC E17) was 18 when the episode ended. */
export const r460 = /* @__PURE__ */ defineRule({
  code: "460",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [rec, dec] = [episodes.column("REC"), episodes.dates("DEC")];
    const eighteenth = headerBirthday(header, 18);
    return { episodes: leftJoinedByChild(episodes, header, (e, h) => rec[e] === "E17" && dec[e] !== null && eighteenth(h) !== null && eighteenth(h)! > dec[e]!) };
  },
});
