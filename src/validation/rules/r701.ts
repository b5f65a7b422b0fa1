import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 701 (from 2026-27): DOLO_END, when given, is a DD/MM/YYYY date. */
export const r701 = /* @__PURE__ */ defineRule({ code: "701", since: "2026-27", scope: "row", check: (data) => ({ DoLo: invalidDates(data.table("DoLo"), "DOLO_END") }) });
