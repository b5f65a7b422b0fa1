import { defineRule } from "../defineRule.js";
import { firstEpisodeAgainstLastYear } from "./lastYearEpisodes.js";

/** 502: a child's episode left open at the end of last year's return starts the day this year's first episode starts. */
export const r502 = /* @__PURE__ */ defineRule({
  code: "502",
  check: (data) => {
    const [decom, lastDecom] = [data.table("episodes").dates("DECOM"), data.table("episodes_last").dates("DECOM")];
    return { episodes: firstEpisodeAgainstLastYear(data, "open", (row, last) => lastDecom[last] == null || decom[row] !== lastDecom[last]) };
  },
});
