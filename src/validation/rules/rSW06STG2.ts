import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** SW06STG2 (from 2023-24): a social-worker episode does not start after 31 March of the collection year. */
export const rSW06STG2 = /* @__PURE__ */ defineRule({
  code: "SW06STG2",
  since: "2023-24",
  scope: "row",
  check: (data) => ({ sw_episodes: datesWhere(data.table("sw_episodes"), "SW_DECOM", (day) => day > data.collectionEnd) }),
});
