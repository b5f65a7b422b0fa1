import { defineRule } from "../defineRule.js";
import { codes, consecutiveEpisodes } from "./checks.js";

const PLACED_FOR_ADOPTION_BY_FOSTER_CARER = codes("A3", "A4");
const ALLOWED_BEFORE = codes("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6");

/**
 * 336: a placement for adoption with a current foster carer (A3, A4) follows a foster or
 * adoption placement (A3–A6, U1–U6). A child's first episode has nothing before it and passes.
 */
export const r336 = /* @__PURE__ */ defineRule({
  code: "336",
  check: (data) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const flagged = consecutiveEpisodes(episodes)
      .filter(([before, row]) => PLACED_FOR_ADOPTION_BY_FOSTER_CARER.has(place[row] ?? "") && !ALLOWED_BEFORE.has(place[before] ?? ""))
      .map(([, row]) => row);
    return { episodes: flagged };
  },
});
