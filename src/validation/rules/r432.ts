import { defineRule } from "../defineRule.js";
import { codes, consecutiveEpisodes } from "./checks.js";

/** Reasons an episode ceased that end the period of care. */
const LEFT_CARE = codes("E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48");

/** 432: the episode after one that ended the period of care (REC E…) starts a new period (RNE S). */
export const r432 = /* @__PURE__ */ defineRule({
  code: "432",
  check: (data) => {
    const episodes = data.table("episodes");
    const rne = episodes.column("RNE");
    const rec = episodes.column("REC");
    const flagged = consecutiveEpisodes(episodes)
      .filter(([before, row]) => LEFT_CARE.has(rec[before] ?? "") && rne[row] !== "S")
      .map(([, row]) => row);
    return { episodes: flagged };
  },
});
