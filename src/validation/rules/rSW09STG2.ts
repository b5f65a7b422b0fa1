import { defineRule, rowsWhere } from "../defineRule.js";
import { sameDay } from "./checks.js";

/**
 * SW09STG2 (from 2023-24): a social-worker episode does not end the day it began. The days are
 * compared as dates (the DfE's tool compares the text, so 1/5/2023 and 01/05/2023 differ there).
 */
export const rSW09STG2 = /* @__PURE__ */ defineRule({
  code: "SW09STG2",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const [startText, endText] = [sw.column("SW_DECOM"), sw.column("SW_DEC")];
    const [start, end] = [sw.dates("SW_DECOM"), sw.dates("SW_DEC")];
    return {
      sw_episodes: rowsWhere(sw, (row) => sameDay(startText[row], start[row], endText[row], end[row])),
    };
  },
});
