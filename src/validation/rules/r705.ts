import { defineRule } from "../defineRule.js";
import { overlappingPeriods } from "./checks.js";

/** 705 (from 2026-27): a child's DoLOs do not overlap, and none starts while the one before is open. */
export const r705 = /* @__PURE__ */ defineRule({ code: "705", since: "2026-27", check: (data) => ({ DoLo: overlappingPeriods(data.table("DoLo"), "DOLO_START", "DOLO_END") }) });
