import { defineRule, type RuleData } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

function notMotherWithChild(female: string) {
  return (data: RuleData) => ({
    header: rowsWhereValues(data.table("header"), ["SEX", "MOTHER", "MC_DOB"], (sex, mother, childDob) => sex === female && (mother === null || mother === "0") && childDob !== null),
  });
}

/** 612: a girl (SEX 2) not recorded as a mother (MOTHER 0 or blank) has no child's date of birth. */
export const r612 = /* @__PURE__ */ defineRule({ code: "612", scope: "row", check: notMotherWithChild("2") });

/** 612 from 2024-25, when SEX is M, F or U: a girl is F. */
export const r612From2024 = /* @__PURE__ */ defineRule({ code: "612", since: "2024-25", scope: "row", check: notMotherWithChild("F") });
