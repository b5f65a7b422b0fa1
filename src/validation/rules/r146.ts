import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const BASE = ["A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6"];
const UNTIL_2025 = ["H5", "P2", "Z1"];

/** 146: PLACE, when given, is one of the year's placement types. */
export const r146 = /* @__PURE__ */ defineRule({
  code: "146",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "PLACE", codes(...BASE, ...UNTIL_2025), "passes") }),
});

/** 146 from 2024-25: K3 joins the list. */
export const r146From2024 = /* @__PURE__ */ defineRule({
  code: "146",
  since: "2024-25",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "PLACE", codes(...BASE, ...UNTIL_2025, "K3"), "passes") }),
});

/** 146 from 2025-26: H5, P2 and Z1 leave it, Z11–Z14 join it. */
export const r146From2025 = /* @__PURE__ */ defineRule({
  code: "146",
  since: "2025-26",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "PLACE", codes(...BASE, "K3", "Z11", "Z12", "Z13", "Z14"), "passes") }),
});
