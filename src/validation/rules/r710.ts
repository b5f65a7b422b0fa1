import { defineRule } from "../defineRule.js";
import { codes } from "./checks.js";
import { doloInPlacement } from "./doloPlacements.js";

const BARRED = codes("K1", "P1", "R5", "K3");

/** 710 (from 2026-27): a child under a DoLO is not in a secure home (K1), with parents (P1), in custody (R5) or in supported accommodation (K3). */
export const r710 = /* @__PURE__ */ defineRule({ code: "710", since: "2026-27", check: doloInPlacement((place) => BARRED.has(place ?? "")) });
