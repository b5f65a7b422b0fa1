import { headerBirthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { codes, leftJoinedByChild } from "./checks.js";

const INDEPENDENT_LIVING = codes("E5", "E6");

/**
 * 387: a child who moved into independent living (REC E5, E6) was 14 when the episode ended. As
 * the DfE's tool reads it, a child whose age the header cannot give fails too.
 */
export const r387 = /* @__PURE__ */ defineRule({
  code: "387",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [rec, dec] = [episodes.column("REC"), episodes.dates("DEC")];
    const fourteenth = headerBirthday(header, 14);
    return { episodes: leftJoinedByChild(episodes, header, (e, h) => INDEPENDENT_LIVING.has(rec[e] ?? "") && dec[e] !== null && !(fourteenth(h) !== null && fourteenth(h)! <= dec[e]!)) };
  },
});
