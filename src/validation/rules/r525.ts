import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

const ADOPTION_ITEMS = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];

/** 525: a child whose decision to place for adoption was reversed (DATE_PLACED_CEASED) has no adoption items in AD1; both rows fail. */
export const r525 = /* @__PURE__ */ defineRule({
  code: "525",
  check: (data) => {
    const [decisions, ad1] = [data.table("placed_for_adoption"), data.table("ad1")];
    const ceased = decisions.column("DATE_PLACED_CEASED");
    const items = ADOPTION_ITEMS.map((column) => ad1.column(column));
    const { left, right } = pairedByChild(decisions, ad1, (p, a) => ceased[p] !== null && items.some((values) => values[a] !== null));
    return { placed_for_adoption: left, ad1: right };
  },
});
