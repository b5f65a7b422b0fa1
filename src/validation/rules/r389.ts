import { headerBirthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { leftJoinedByChild } from "./checks.js";

/**
 * 389: a child transferred to adult social care (REC E7) was 16 when the episode ended. As the
 * DfE's tool reads it, an end date or age it cannot read fails too.
 */
export const r389 = /* @__PURE__ */ defineRule({
  code: "389",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [rec, dec] = [episodes.column("REC"), episodes.dates("DEC")];
    const sixteenth = headerBirthday(header, 16);
    return { episodes: leftJoinedByChild(episodes, header, (e, h) => rec[e] === "E7" && !(dec[e] !== null && sixteenth(h) !== null && sixteenth(h)! <= dec[e]!)) };
  },
});
