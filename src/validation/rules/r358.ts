import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { codes, pairedByChild } from "./checks.js";

const CRIMINAL_JUSTICE = codes("J1", "J2", "J3");

/** 358: a child under a criminal-justice legal status (J1–J3) was past their 10th birthday when the episode began; both rows fail. */
export const r358 = /* @__PURE__ */ defineRule({
  code: "358",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [ls, decom] = [episodes.column("LS"), episodes.dates("DECOM")];
    const dob = header.dates("DOB");
    const { left, right } = pairedByChild(episodes, header, (e, h) => CRIMINAL_JUSTICE.has(ls[e] ?? "") && decom[e] !== null && dob[h] !== null && birthday(dob[h]!, 10) >= decom[e]!);
    return { episodes: left, header: right };
  },
});
