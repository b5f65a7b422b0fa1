import type { RuleData } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/**
 * 709, 710: episodes that overlap a DoLO (both its dates given) and whose placement `wrong`
 * says it cannot be; both rows fail. The DfE's tool reads a PLACEMENT column the episodes table
 * does not have; these rules read PLACE (docs/validation.md).
 */
export function doloInPlacement(wrong: (place: string | null) => boolean) {
  return (data: RuleData) => {
    const [episodes, dolo] = [data.table("episodes"), data.table("DoLo")];
    const [decom, dec, place] = [episodes.dates("DECOM"), episodes.dates("DEC"), episodes.column("PLACE")];
    const [startText, endText] = [dolo.column("DOLO_START"), dolo.column("DOLO_END")];
    const [start, end] = [dolo.dates("DOLO_START"), dolo.dates("DOLO_END")];
    const { left, right } = pairedByChild(episodes, dolo, (e, d) => {
      if (startText[d] === null || endText[d] === null) return false;
      const overlaps = (dec[e] === null || (start[d] !== null && start[d]! <= dec[e]!)) && end[d] !== null && decom[e] !== null && end[d]! >= decom[e]!;
      return overlaps && wrong(place[e] ?? null);
    });
    return { episodes: left, DoLo: right };
  };
}
