import { defineRule, type RuleData } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, codes, episodesByChildInOrder, sameAndGiven } from "./checks.js";

const TEMPORARY = codes(...TEMPORARY_PLACEMENTS);

/**
 * After a temporary placement (T0–T4) the child returns to the placement before it: the next
 * episode's RNE is P and it repeats the placement before the temporary one in `columns`.
 * Only episodes with two before them are checked.
 */
function returnsAfterTemporary(columns: readonly string[]) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const rne = episodes.column("RNE");
    const values = columns.map((column) => episodes.column(column));
    const flagged: number[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      for (let k = 2; k < rows.length; k += 1) {
        const [beforeTemporary, temporary, row] = [rows[k - 2]!, rows[k - 1]!, rows[k]!];
        if (!TEMPORARY.has(place[temporary] ?? "")) continue;
        if (rne[row] !== "P" || values.some((column) => !sameAndGiven(column[row], column[beforeTemporary]))) flagged.push(row);
      }
    }
    return { episodes: flagged };
  };
}

/** 383: after a temporary placement the child returns (RNE P) to the placement type before it. */
export const r383 = /* @__PURE__ */ defineRule({ code: "383", check: returnsAfterTemporary(["PLACE"]) });

/** 383 from 2025-26: and to the same placement postcode. */
export const r383From2025 = /* @__PURE__ */ defineRule({ code: "383", since: "2025-26", check: returnsAfterTemporary(["PLACE", "PL_POST"]) });
