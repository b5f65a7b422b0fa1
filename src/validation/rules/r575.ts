import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 575: a missing period that began during an episode that has ended has an end date itself (the missing row fails). */
export const r575 = /* @__PURE__ */ defineRule({
  code: "575",
  check: (data) => {
    const [episodes, missing] = [data.table("episodes"), data.table("missing")];
    const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
    const [start, endText] = [missing.dates("MIS_START"), missing.column("MIS_END")];
    return {
      missing: pairedByChild(episodes, missing, (e, m) => start[m] !== null && decom[e] !== null && dec[e] !== null && start[m]! >= decom[e]! && start[m]! <= dec[e]! && endText[m] === null).right,
    };
  },
});
