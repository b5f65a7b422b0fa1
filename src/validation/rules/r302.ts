import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild, rowMarks } from "./checks.js";

/** 302: a child's first episode (earliest DECOM that is a date) does not start before their birth (header DOB); both rows fail. */
export const r302 = /* @__PURE__ */ defineRule({
  code: "302",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const decom = episodes.dates("DECOM");
    const dob = header.dates("DOB");
    const first = rowMarks(episodes.rowCount, episodesByChildInOrder(episodes).map((rows) => (decom[rows[0]!] !== null ? rows[0] : undefined)));
    const { left, right } = pairedByChild(episodes, header, (e, h) => first[e] === 1 && dob[h] !== null && dob[h]! > decom[e]!);
    return { episodes: left, header: right };
  },
});
