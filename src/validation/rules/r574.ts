import { defineRule } from "../defineRule.js";
import { overlappingPeriods } from "./checks.js";

/** 574: a child's missing periods do not overlap, and none starts while the one before is open. */
export const r574 = /* @__PURE__ */ defineRule({ code: "574", check: (data) => ({ missing: overlappingPeriods(data.table("missing"), "MIS_START", "MIS_END") }) });
