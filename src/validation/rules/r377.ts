import { defineRule } from "../defineRule.js";

/** 377: at most two temporary placements for the foster carer's holiday (T3) per child in the year; all of a child's T3 episodes fail beyond that. */
export const r377 = /* @__PURE__ */ defineRule({
  code: "377",
  check: (data) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const flagged: number[] = [];
    for (const rows of episodes.byChild().values()) {
      const holidays = rows.filter((row) => place[row] === "T3");
      if (holidays.length > 2) flagged.push(...holidays);
    }
    return { episodes: flagged };
  },
});
