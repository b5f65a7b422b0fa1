import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild } from "./checks.js";

/** 302: a child's first episode (earliest DECOM that is a date) does not start before their birth (header DOB); both rows fail. */
export const r302 = /* @__PURE__ */ defineRule({
  code: "302",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const decom = episodes.dates("DECOM");
    const dob = header.dates("DOB");
    const first = new Set(episodesByChildInOrder(episodes).map((rows) => rows[0]!).filter((row) => decom[row] !== null));
    const { left, right } = pairedByChild(episodes, header, (e, h) => first.has(e) && dob[h] !== null && dob[h]! > decom[e]!);
    return { episodes: left, header: right };
  },
});
