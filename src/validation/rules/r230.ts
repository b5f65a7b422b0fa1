import { dayFromYmd } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";
import { placementGeography } from "./placementGeography.js";

/** The day from which H5 placements need a URN (the DfE's tool tests from 29 October, the day after the message's date). */
const URN_REQUIRED_FROM = /* @__PURE__ */ dayFromYmd(2023, 10, 29);

/**
 * 230 (2023-24 only): an English H5 placement open on or after 29 October 2023 has a URN other
 * than XXXXXXX. A placement LA starting N, W or S is outside England; one the DfE could not
 * derive counts as outside too, as in the DfE's tool (its text reads "nan"); an end date that
 * is not a date counts as open.
 */
export const r230 = /* @__PURE__ */ defineRule({
  code: "230",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const [place, urn, dec] = [episodes.column("PLACE"), episodes.column("URN"), episodes.dates("DEC")];
    const { la } = placementGeography(data, "episodes");
    return {
      episodes: rowsWhere(episodes, (row) => {
        const england = la[row] !== null && !/^[NWS]/.test(la[row]!);
        const open = dec[row] === null || dec[row]! >= URN_REQUIRED_FROM;
        return place[row] === "H5" && open && (urn[row] === null || urn[row] === "XXXXXXX") && england;
      }),
    };
  },
});
