import { defineRule, type RuleData } from "../defineRule.js";
import { sameAndGiven } from "./checks.js";
import { firstEpisodeAgainstLastYear } from "./lastYearEpisodes.js";
import { placementGeography } from "./placementGeography.js";

/**
 * This year's first episode against last year's latest, left open (no DEC date): their derived
 * placement distances differ by 0.2 miles or more, or only this year's is known. `sameReason`:
 * only when the two have the same reason for new episode (453).
 */
export function distanceChangedSinceLastYear(data: RuleData, sameReason: boolean): number[] {
  const [now, last] = [data.table("episodes"), data.table("episodes_last")];
  const [rne, lastRne, lastDec] = [now.column("RNE"), last.column("RNE"), last.dates("DEC")];
  const [miles, lastMiles] = [placementGeography(data, "episodes").distance, placementGeography(data, "episodes_last").distance];
  return firstEpisodeAgainstLastYear(data, "latest", (row, lastRow) => {
    const [d, before] = [miles[row] ?? null, lastMiles[lastRow] ?? null];
    const changed = (d !== null && before !== null && Math.abs(d - before) >= 0.2) || (before === null && d !== null);
    return changed && lastDec[lastRow] === null && (!sameReason || sameAndGiven(rne[row], lastRne[lastRow]));
  });
}

/** 453: the placement distance carries on from last year's open episode when the reason for new episode is the same. */
export const r453 = /* @__PURE__ */ defineRule({ code: "453", check: (data) => ({ episodes: distanceChangedSinceLastYear(data, true) }) });
