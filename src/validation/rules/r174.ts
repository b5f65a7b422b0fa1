import { defineRule, rowsWhere } from "../defineRule.js";
import type { RuleData } from "../defineRule.js";

function maleWithChild(male: string) {
  return (data: RuleData) => {
    const header = data.table("header");
    const sex = header.column("SEX");
    const childDob = header.column("MC_DOB");
    return { header: rowsWhere(header, (row) => sex[row] === male && childDob[row] !== null) };
  };
}

/** 174: a boy (SEX 1) has no mother's child date of birth (MC_DOB). */
export const r174 = /* @__PURE__ */ defineRule({ code: "174", scope: "row", check: maleWithChild("1") });

/** 174 from 2024-25, when SEX is M, F or U: a boy is M. */
export const r174From2024 = /* @__PURE__ */ defineRule({ code: "174", since: "2024-25", scope: "row", check: maleWithChild("M") });
