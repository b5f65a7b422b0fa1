import { defineRule } from "../defineRule.js";
import { codes } from "./checks.js";
import { headerChangedSinceLastYear } from "./lastYearHeader.js";

const UNKNOWN = codes("UN1", "UN2", "UN3", "UN4", "UN5");
const UNKNOWN_REASONS = codes("UN2", "UN3", "UN4", "UN5");

/**
 * 208: a child's UPN is the one last year's return recorded, except a change from none or UN1 to
 * a reason it is unknown (UN2–UN5), and from none or unknown to a known UPN. Two blanks are left
 * to rule 442.
 */
export const r208 = /* @__PURE__ */ defineRule({
  code: "208",
  check: (data) => {
    const [now, before] = [data.table("header").column("UPN"), data.table("header_last").column("UPN")];
    return {
      header: headerChangedSinceLastYear(data, (row, last) => {
        const [upn, previous] = [now[row] ?? null, before[last] ?? null];
        if (upn === previous) return false;
        const reasonGiven = (previous === null || previous === "UN1") && upn !== null && UNKNOWN_REASONS.has(upn);
        const becameKnown = (previous === null || UNKNOWN.has(previous)) && upn !== null && !UNKNOWN.has(upn);
        return !reasonGiven && !becameKnown;
      }),
    };
  },
});
