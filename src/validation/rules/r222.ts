import { defineRule, type RuleData } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, Z_PLACEMENTS_FROM_2025, codes, rowsWhereValues } from "./checks.js";

/** Episodes with a URN (other than the XXXXXXX placeholder) in a placement no Ofsted registration covers. */
function urnIn(placements: ReadonlySet<string>) {
  return (data: RuleData) => ({
    episodes: rowsWhereValues(data.table("episodes"), ["PLACE", "URN"], (place, urn) => placements.has(place ?? "") && urn !== null && urn !== "XXXXXXX"),
  });
}

const BASE = ["P1", "P2", "P3", "R1", "R2", "R5", ...TEMPORARY_PLACEMENTS] as const;

/** 222: no URN for placements H5, P1–P3, R1, R2, R5, T0–T4 or Z1. */
export const r222 = /* @__PURE__ */ defineRule({ code: "222", scope: "row", check: urnIn(codes("H5", ...BASE, "Z1")) });

/** 222 from 2023-24: H5 may carry a URN. */
export const r222From2023 = /* @__PURE__ */ defineRule({ code: "222", since: "2023-24", scope: "row", check: urnIn(codes(...BASE, "Z1")) });

/** 222 from 2024-25: nor is P2 in the list (it is no longer a placement type). */
export const r222From2024 = /* @__PURE__ */ defineRule({
  code: "222",
  since: "2024-25",
  scope: "row",
  check: urnIn(codes(...BASE.filter((place) => place !== "P2"), "Z1")),
});

/** 222 from 2025-26: Z11–Z14 stand where Z1 stood. */
export const r222From2025 = /* @__PURE__ */ defineRule({
  code: "222",
  since: "2025-26",
  scope: "row",
  check: urnIn(codes(...BASE.filter((place) => place !== "P2"), ...Z_PLACEMENTS_FROM_2025)),
});
