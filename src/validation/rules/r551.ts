import { defineRule } from "../defineRule.js";
import { codes, leftJoinedByChild } from "./checks.js";

const PLACED_FOR_ADOPTION = codes("A3", "A4", "A5", "A6");

/** 551: a child placed for adoption (A3–A6) has a decision to place for adoption with its date: every one of their decisions gives DATE_PLACED. */
export const r551 = /* @__PURE__ */ defineRule({
  code: "551",
  check: (data) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const place = episodes.column("PLACE");
    const placed = decisions.column("DATE_PLACED");
    return { episodes: leftJoinedByChild(episodes, decisions, (e, p) => PLACED_FOR_ADOPTION.has(place[e] ?? "") && (p === null || placed[p] === null)) };
  },
});
