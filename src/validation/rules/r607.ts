import { defineRule, type RuleData } from "../defineRule.js";
import { RESPITE, pairedByChild } from "./checks.js";

function leftCareWithoutMother(female: string) {
  return (data: RuleData) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [dec, rec, ls] = [episodes.dates("DEC"), episodes.column("REC"), episodes.column("LS")];
    const [sex, mother] = [header.column("SEX"), header.column("MOTHER")];
    const { left, right } = pairedByChild(episodes, header, (e, h) => {
      const ended = dec[e] !== null && rec[e] !== null && rec[e] !== "X1" && dec[e]! >= data.collectionStart && dec[e]! <= data.collectionEnd;
      return ended && !RESPITE.has(ls[e] ?? "") && sex[h] === female && mother[h] === null;
    });
    return { episodes: left, header: right };
  };
}

/** 607: a girl (SEX 2) who left care in the year (not from respite) has MOTHER completed; both rows fail. */
export const r607 = /* @__PURE__ */ defineRule({ code: "607", check: leftCareWithoutMother("2") });

/** 607 from 2024-25, when SEX is M, F or U: a girl is F. */
export const r607From2024 = /* @__PURE__ */ defineRule({ code: "607", since: "2024-25", check: leftCareWithoutMother("F") });
