import { defineRule, rowsWhere } from "../defineRule.js";
import { sameDay } from "./checks.js";

/** 706 (from 2026-27): a DoLO left open in last year's return is in this year's, with the same start (last year's row fails). */
export const r706 = /* @__PURE__ */ defineRule({
  code: "706",
  since: "2026-27",
  check: (data) => {
    const [dolo, last] = [data.table("DoLo"), data.table("DoLo_last")];
    const [startText, start] = [dolo.column("DOLO_START"), dolo.dates("DOLO_START")];
    const [lastStartText, lastStart, lastEnd] = [last.column("DOLO_START"), last.dates("DOLO_START"), last.column("DOLO_END")];
    const thisYear = dolo.byChild();
    return {
      DoLo_last: rowsWhere(last, (l) => lastEnd[l] === null && !(thisYear.get(last.childOf(l) ?? "") ?? []).some((row) => sameDay(lastStartText[l], lastStart[l], startText[row], start[row]))),
    };
  },
});
