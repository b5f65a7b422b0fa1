import { defineRule } from "../defineRule.js";
import { codes, pairedByChild } from "./checks.js";

const ADOPTED = codes("E1", "E11", "E12");
const BY_FOSTER_CARER = codes("A2", "A3", "A5");
const NOT_BY_FOSTER_CARER = codes("A1", "A4", "A6");

/**
 * 335: for a child adopted (REC E11, E12), AD1's FOSTER_CARE agrees with the last placement: 0
 * (not the foster carer) fails after A2, A3 or A5, and 1 after A1, A4 or A6; both rows fail.
 */
export const r335 = /* @__PURE__ */ defineRule({
  code: "335",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const [rec, place] = [episodes.column("REC"), episodes.column("PLACE")];
    const fosterCarer = ad1.column("FOSTER_CARE");
    const { left, right } = pairedByChild(episodes, ad1, (e, a) => {
      if (!ADOPTED.has(rec[e] ?? "")) return false;
      const placement = place[e] ?? "";
      return (BY_FOSTER_CARER.has(placement) && fosterCarer[a] === "0") || (NOT_BY_FOSTER_CARER.has(placement) && fosterCarer[a] === "1");
    });
    return { episodes: left, ad1: right };
  },
});
