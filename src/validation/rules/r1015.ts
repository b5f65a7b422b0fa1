import { defineRule, rowsWhere } from "../defineRule.js";
import { RESPITE, codes } from "./checks.js";
import { placementGeography } from "./placementGeography.js";

const FOSTERING_OR_ADOPTION = codes("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6");
/**
 * 1015: a placement in the council's own provision (PR1), other than fostering or adoption and
 * not respite, lies in the council's area. Blank LS or PLACE is not checked; a placement LA the
 * DfE cannot derive fails, as in the DfE's tool.
 */
export const r1015 = /* @__PURE__ */ defineRule({
  code: "1015",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const [place, ls, provider] = [episodes.column("PLACE"), episodes.column("LS"), episodes.column("PLACE_PROVIDER")];
    const { la } = placementGeography(data, "episodes");
    return {
      episodes: rowsWhere(episodes, (row) => {
        const [p, status] = [place[row] ?? null, ls[row] ?? null];
        return p !== null && status !== null && !FOSTERING_OR_ADOPTION.has(p) && !RESPITE.has(status) && provider[row] === "PR1" && la[row] !== data.referenceData.localAuthority;
      }),
    };
  },
});
