import { defineRule } from "../defineRule.js";

/** 426: a child in respite care is not under both V3 and V4 in the same year: all of such a child's V3 and V4 episodes fail. */
export const r426 = /* @__PURE__ */ defineRule({
  code: "426",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const flagged: number[] = [];
    for (const rows of episodes.byChild().values()) {
      const respite = rows.filter((row) => ls[row] === "V3" || ls[row] === "V4");
      if (respite.some((row) => ls[row] === "V3") && respite.some((row) => ls[row] === "V4")) flagged.push(...respite);
    }
    return { episodes: flagged };
  },
});
