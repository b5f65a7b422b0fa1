import { defineRule } from "../defineRule.js";
import { codes } from "./checks.js";
import { doloInPlacement } from "./doloPlacements.js";

const EXPECTED = codes("K2", "Z12", "Z13");

/** 709 (from 2026-27): a child under a DoLO is in a children's home (K2) or another expected placement (Z12, Z13). */
export const r709 = /* @__PURE__ */ defineRule({ code: "709", since: "2026-27", check: doloInPlacement((place) => !EXPECTED.has(place ?? "")) });
