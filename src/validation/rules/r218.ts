import { defineRule, type RuleData, rowsWhere } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, Z_PLACEMENTS_FROM_2025, codes } from "./checks.js";
import { placementGeography } from "./placementGeography.js";

/**
 * An episode open on or after 1 April of the collection year has a URN, unless its placement
 * type needs none or it lies outside England (`outside`, on the derived placement LA).
 * An end date given but not a date counts as ended, as in the DfE's tool.
 */
function urnRequired(exempt: ReadonlySet<string>, outside: (la: string | null) => boolean) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const [place, urn, dec, decText] = [episodes.column("PLACE"), episodes.column("URN"), episodes.dates("DEC"), episodes.column("DEC")];
    const { la } = placementGeography(data, "episodes");
    return {
      episodes: rowsWhere(episodes, (row) => {
        const open = decText[row] === null || (dec[row] !== null && dec[row]! >= data.collectionStart);
        return open && urn[row] === null && !exempt.has(place[row] ?? "") && !outside(la[row] ?? null);
      }),
    };
  };
}

/*
 * Until 2024-25 the DfE's tool tests "outside England" as a placement LA whose text starts with
 * N, W, S or C; a placement LA it could not derive reads as "nan" there, so it counts as outside.
 * From 2025-26 it names the codes (CON, NIR, SCO, WAL, NUK), and an underived LA is inside.
 */
const LETTER_OUTSIDE = (la: string | null): boolean => la === null || /^[NWSC]/.test(la);
const CODE_OUTSIDE = (la: string | null): boolean => la !== null && ["CON", "NIR", "SCO", "WAL", "NUK"].includes(la);
const BASE = ["P1", "P3", "R1", "R2", "R5", ...TEMPORARY_PLACEMENTS] as const;

/** 218: URN required; H5 and P2 need none. */
export const r218 = /* @__PURE__ */ defineRule({ code: "218", scope: "row", check: urnRequired(codes("H5", "P2", ...BASE, "Z1"), LETTER_OUTSIDE) });
/** 218 from 2024-25: H5 and P2 are gone, and so is their exemption. */
export const r218From2024 = /* @__PURE__ */ defineRule({ code: "218", since: "2024-25", scope: "row", check: urnRequired(codes(...BASE, "Z1"), LETTER_OUTSIDE) });
/** 218 from 2025-26: Z11–Z14 stand where Z1 stood; outside England is named by code. */
export const r218From2025 = /* @__PURE__ */ defineRule({ code: "218", since: "2025-26", scope: "row", check: urnRequired(codes(...BASE, ...Z_PLACEMENTS_FROM_2025), CODE_OUTSIDE) });
