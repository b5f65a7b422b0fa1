import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 331: a child adopted (REC E11, E12) was matched with the adopters (AD1 DATE_MATCH) by the episode's start; both rows fail. */
export const r331 = /* @__PURE__ */ defineRule({
  code: "331",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const [rec, decom] = [episodes.column("REC"), episodes.dates("DECOM")];
    const match = ad1.dates("DATE_MATCH");
    const { left, right } = pairedByChild(episodes, ad1, (e, a) => (rec[e] === "E11" || rec[e] === "E12") && decom[e] !== null && match[a] !== null && match[a]! > decom[e]!);
    return { episodes: left, ad1: right };
  },
});
