import { defineRule, rowsWhere, type RuleData } from "../defineRule.js";
import { RESPITE } from "./checks.js";

function motherNotGiven(female: string) {
  return (data: RuleData) => {
    const [header, episodes] = [data.table("header"), data.table("episodes")];
    const ls = episodes.column("LS");
    const lookedAfter = new Set<string>();
    episodes.column("CHILD").forEach((child, row) => {
      if (child !== null && !RESPITE.has(ls[row] ?? "")) lookedAfter.add(child);
    });
    const [child, sex, mother] = [header.column("CHILD"), header.column("SEX"), header.column("MOTHER")];
    return { header: rowsWhere(header, (row) => sex[row] === female && mother[row] === null && lookedAfter.has(child[row] ?? "")) };
  };
}

/** 393: a girl (SEX 2) with an episode other than respite (LS V3, V4) has MOTHER completed. */
export const r393 = /* @__PURE__ */ defineRule({ code: "393", check: motherNotGiven("2") });

/** 393 from 2024-25, when SEX is M, F or U: a girl is F. */
export const r393From2024 = /* @__PURE__ */ defineRule({ code: "393", since: "2024-25", check: motherNotGiven("F") });
