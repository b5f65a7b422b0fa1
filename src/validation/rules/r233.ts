import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 233 (from 2025-26): an episode that has not ended (DEC blank) has no reason for placement change. */
export const r233 = /* @__PURE__ */ defineRule({
  code: "233",
  since: "2025-26",
  scope: "row",
  check: (data) => ({ episodes: rowsWhereValues(data.table("episodes"), ["DEC", "REASON_PLACE_CHANGE"], (dec, reason) => dec === null && reason !== null) }),
});
