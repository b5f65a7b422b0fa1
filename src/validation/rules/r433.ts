import { defineRule } from "../defineRule.js";
import { codes, consecutiveEpisodes, sameDay } from "./checks.js";

const CONTINUES = codes("P", "L", "T", "U", "B");

/**
 * 433: an episode that continues a period of care (RNE P, L, T, U, B) starts the day the child's
 * previous episode ended. Dates are compared as dates (the DfE's tool compares the text, so
 * 1/5/2022 and 01/05/2022 differ there); two equal texts that are not dates are the same day.
 */
export const r433 = /* @__PURE__ */ defineRule({
  code: "433",
  check: (data) => {
    const episodes = data.table("episodes");
    const rne = episodes.column("RNE");
    const decomText = episodes.column("DECOM");
    const decText = episodes.column("DEC");
    const decom = episodes.dates("DECOM");
    const dec = episodes.dates("DEC");
    const flagged = consecutiveEpisodes(episodes)
      .filter(([before, row]) => CONTINUES.has(rne[row] ?? "") && !sameDay(decomText[row], decom[row], decText[before], dec[before]))
      .map(([, row]) => row);
    return { episodes: flagged };
  },
});
