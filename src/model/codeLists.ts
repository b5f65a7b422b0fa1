/**
 * The code lists of data.md §5 with the collection years in which each code is valid, given
 * as end years (2018-19 → 2019). `from`/`to` are inclusive; absent = unbounded.
 */
export interface CodeValidity {
  from?: number;
  to?: number;
}

export type CodeList = ReadonlyMap<string, CodeValidity>;

const ALL: CodeValidity = {};

function list(...groups: [string, CodeValidity][]): CodeList {
  const map = new Map<string, CodeValidity>();
  for (const [codes, validity] of groups) for (const code of codes.split(" ")) map.set(code, validity);
  return map;
}
const range = (prefix: string, from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, k) => `${prefix}${from + k}`).join(" ");

export const CODE_LISTS = {
  SEX: list(["1 2", { to: 2024 }], ["M F U", { from: 2025 }]),
  RNE: list(["S L P T U B", ALL]),
  LS: list(["C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3", ALL]),
  PLACE: list(
    ["A3 A4 A5 A6 U1 U2 U3 U4 U5 U6 K1 K2 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4", ALL],
    ["H5 P2 Z1", { to: 2025 }],
    ["K3", { from: 2025 }],
    ["Z11 Z12 Z13 Z14", { from: 2026 }],
  ),
  PLACE_PROVIDER: list(["PR0 PR1 PR2 PR3 PR4 PR5", ALL]),
  REC: list(
    ["X1 E11 E12 E2 E3 E4A E4B E13 E41 E5 E6 E7 E9 E14 E15 E16 E17 E8", ALL],
    ["E43 E44", { to: 2018 }],
    ["E45 E46 E47 E48", { from: 2019 }],
  ),
  CIN: list([range("N", 1, 8), ALL]),
  REASON_PLACE_CHANGE: list(["CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE OTHER", ALL], ["CUSTOD", { from: 2019 }]),
  REVIEW_CODE: list([range("PN", 0, 7), ALL]),
  ETHNIC: list(["WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT", ALL]),
  MISSING: list(["M A", ALL]),
  IN_TOUCH: list(["YES NO DIED REFU NREQ RHOM", ALL]),
  ACTIV: list(["F1 P1 F2 P2 G4 G5 G6 0", ALL], ["F3 P3", { to: 2021 }], ["F4 P4 F5 P5", { from: 2022 }]),
  ACCOM: list([["0", ..."BCDEGHKRSTUVWXYZ".split("").flatMap((l) => [`${l}1`, `${l}2`])].join(" "), ALL]),
  SDQ_REASON: list([range("SDQ", 1, 5), ALL]),
  SEX_ADOPTR: list(["M1 F1 MM FF MF", ALL]),
  LS_ADOPTR: list(["L0 L11 L12 L2 L3 L4", ALL]),
  REASON_PLACED_CEASED: list([range("RD", 1, 4), ALL]),
  PREV_PERM: list(["P1 P2 P3 P4 Z1", ALL]),
  SW_REASON: list(["MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS", { from: 2024 }]),
} satisfies Record<string, CodeList>;

export type CodeListName = keyof typeof CODE_LISTS;

export type CodeCheck = "ok" | "unknown" | "not-in-year";

/** Checks an upper-cased code for a collection end year (null: one return, every year applies). */
export function checkCode(listName: CodeListName, code: string, endYear: number | null): CodeCheck {
  const validity = CODE_LISTS[listName].get(code);
  if (validity === undefined) return "unknown";
  if (endYear === null) return "ok";
  if (validity.from !== undefined && endYear < validity.from) return "not-in-year";
  if (validity.to !== undefined && endYear > validity.to) return "not-in-year";
  return "ok";
}

/** The codes of a list valid in a collection end year, as a set (the DfE rules check against it). */
export function codesValidIn(listName: CodeListName, endYear: number): ReadonlySet<string> {
  return new Set([...CODE_LISTS[listName].keys()].filter((code) => checkCode(listName, code, endYear) === "ok"));
}
