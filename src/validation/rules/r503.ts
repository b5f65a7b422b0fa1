import { defineRule, type RuleData } from "../defineRule.js";
import { sameOrBothBlank } from "./checks.js";
import { distanceChangedSinceLastYear, firstEpisodeAgainstLastYear } from "./lastYearEpisodes.js";
import { placementGeography } from "./placementGeography.js";

/** An item of each episode: a column as the file gives it, or one the DfE derives from the postcodes. */
type EpisodeItem = (data: RuleData, key: "episodes" | "episodes_last") => readonly (string | null)[];
const column = (name: string): EpisodeItem => (data, key) => data.table(key).column(name);
const derived = (item: "la" | "location"): EpisodeItem => (data, key) => placementGeography(data, key)[item];

/**
 * When last year's latest episode (by DECOM) was left open (no DEC date), this year's first
 * episode carries on its `item` (two blanks agree); `allowed(now, before)` excuses a recoding.
 */
function continuesLastYear(item: EpisodeItem, allowed: (data: RuleData, now: string | null, before: string | null) => boolean = () => false) {
  return (data: RuleData) => {
    const [now, before] = [item(data, "episodes"), item(data, "episodes_last")];
    const lastDec = data.table("episodes_last").dates("DEC");
    return {
      episodes: firstEpisodeAgainstLastYear(data, "latest", (row, lastRow) => {
        const [value, previous] = [now[row] ?? null, before[lastRow] ?? null];
        return lastDec[lastRow] == null && !sameOrBothBlank(value, previous) && !allowed(data, value, previous);
      }),
    };
  };
}

/** Placement codes the DfE recoded: semi-independent living (H5) became supported accommodation (K3) in 2024-25, Z1 became Z11–Z14 in 2025-26. */
const recodedPlacement = (data: RuleData, now: string | null, before: string | null): boolean =>
  ((data.endYear === 2024 || data.endYear === 2025) && now === "K3" && before === "H5") ||
  (data.endYear === 2026 && before === "Z1" && ["Z11", "Z12", "Z13", "Z14"].includes(now ?? ""));

/** 503A: the first episode's RNE is that of last year's open episode. */
export const r503A = /* @__PURE__ */ defineRule({ code: "503A", check: continuesLastYear(column("RNE")) });
/** 503B: the first episode's LS is that of last year's open episode. */
export const r503B = /* @__PURE__ */ defineRule({ code: "503B", check: continuesLastYear(column("LS")) });
/** 503C: the first episode's CIN is that of last year's open episode. */
export const r503C = /* @__PURE__ */ defineRule({ code: "503C", check: continuesLastYear(column("CIN")) });
/** 503D: the first episode's PLACE is that of last year's open episode, unless the DfE recoded it (H5 to K3, Z1 to Z11–Z14). */
export const r503D = /* @__PURE__ */ defineRule({ code: "503D", check: continuesLastYear(column("PLACE"), recodedPlacement) });
/** 503D as the DfE restated it for 2024-25 (K3) and 2025-26 (Z11–Z14): the same check, which knows each year's recoding. */
export const r503DFrom2024 = /* @__PURE__ */ defineRule({ code: "503D", since: "2024-25", check: continuesLastYear(column("PLACE"), recodedPlacement) });
export const r503DFrom2025 = /* @__PURE__ */ defineRule({ code: "503D", since: "2025-26", check: continuesLastYear(column("PLACE"), recodedPlacement) });
/** 503E: the first episode's PLACE_PROVIDER is that of last year's open episode. */
export const r503E = /* @__PURE__ */ defineRule({ code: "503E", check: continuesLastYear(column("PLACE_PROVIDER")) });
/** 503F: the first episode's URN is that of last year's open episode. */
export const r503F = /* @__PURE__ */ defineRule({ code: "503F", check: continuesLastYear(column("URN")) });

/** 503G: the first episode's placement distance is within 0.2 miles of last year's open episode's. */
export const r503G = /* @__PURE__ */ defineRule({ code: "503G", check: (data) => ({ episodes: distanceChangedSinceLastYear(data, false) }) });
/** 503H: the first episode's placement LA is that of last year's open episode. */
export const r503H = /* @__PURE__ */ defineRule({ code: "503H", check: continuesLastYear(derived("la")) });
/** 503J: the first episode's placement location (IN, OUT) is that of last year's open episode. */
export const r503J = /* @__PURE__ */ defineRule({ code: "503J", check: continuesLastYear(derived("location")) });
