import { defineRule } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, codes, rowsWhereValues } from "./checks.js";

const TEMPORARY = codes(...TEMPORARY_PLACEMENTS);

/** 381: a temporary placement (T0–T4) that ended did so in a new episode (REC X1), not by leaving care. */
export const r381 = /* @__PURE__ */ defineRule({
  code: "381",
  scope: "row",
  check: (data) => ({
    episodes: rowsWhereValues(data.table("episodes"), ["PLACE", "REC"], (place, rec) => TEMPORARY.has(place ?? "") && rec !== null && rec !== "X1"),
  }),
});
