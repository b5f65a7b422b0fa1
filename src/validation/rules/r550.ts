import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 550: placement provider PR0 (parents) goes only with placement P1. */
export const r550 = /* @__PURE__ */ defineRule({
  code: "550",
  scope: "row",
  check: (data) => ({ episodes: rowsWhereValues(data.table("episodes"), ["PLACE", "PLACE_PROVIDER"], (place, provider) => provider === "PR0" && place !== "P1") }),
});
