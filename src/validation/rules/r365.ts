import { addDays } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";
import { endOrYearEnd } from "./checks.js";

/** 365: a short-term respite episode (LS V3) lasts at most 17 days; one still open is counted to 31 March. */
export const r365 = /* @__PURE__ */ defineRule({
  code: "365",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const decom = episodes.dates("DECOM");
    const endOf = endOrYearEnd(data, episodes);
    return {
      episodes: rowsWhere(episodes, (row) => {
        const end = endOf(row);
        return ls[row] === "V3" && decom[row] !== null && end !== null && end > addDays(decom[row]!, 17);
      }),
    };
  },
});
