import { defineRule } from "../defineRule.js";
import { dateAfter } from "./checks.js";

/** 567: a missing period does not end (MIS_END) before it started (MIS_START). */
export const r567 = /* @__PURE__ */ defineRule({ code: "567", scope: "row", check: (data) => ({ missing: dateAfter(data.table("missing"), "MIS_START", "MIS_END") }) });
