import { defineRule } from "../defineRule.js";
import { RESPITE, TEMPORARY_PLACEMENTS, codePair, codes } from "./checks.js";

/** 382: a child in respite care (LS V3, V4) is not in a temporary placement (T0–T4). */
export const r382 = /* @__PURE__ */ defineRule({
  code: "382",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "LS", RESPITE, "PLACE", codes(...TEMPORARY_PLACEMENTS)) }),
});
