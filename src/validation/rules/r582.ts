import { defineRule } from "../defineRule.js";
import { pairedByChild, sameDay } from "./checks.js";

/**
 * 582: a child adopted (REC E11, E12) was matched with the adopters (AD1 DATE_MATCH) before the
 * day the episode ended. Dates are compared as dates (the DfE's tool compares the text).
 */
export const r582 = /* @__PURE__ */ defineRule({
  code: "582",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const [rec, decText, dec] = [episodes.column("REC"), episodes.column("DEC"), episodes.dates("DEC")];
    const [matchText, match] = [ad1.column("DATE_MATCH"), ad1.dates("DATE_MATCH")];
    return { episodes: pairedByChild(episodes, ad1, (e, a) => (rec[e] === "E11" || rec[e] === "E12") && sameDay(decText[e], dec[e], matchText[a], match[a])).left };
  },
});
