import { addYears } from "../../dates/day.js";
import { defineRule, rowsWhere, type RuleData } from "../defineRule.js";
import { RESPITE } from "./checks.js";

/**
 * Episodes (not respite; starting a period of care or not ending in X1) whose child has no
 * social-worker episode, or one that neither started by the episode's end (when it did not end
 * X1) nor from its start (when it began a period, RNE S): the DfE's tool's reading of "every
 * social worker of the year is reported". `inScope` narrows the episodes checked.
 */
function socialWorkersCover(inScope: (data: RuleData, row: number) => boolean) {
  return (data: RuleData) => {
    const episodes = data.table("episodes");
    const sw = data.table("sw_episodes");
    const [ls, rne, rec] = [episodes.column("LS"), episodes.column("RNE"), episodes.column("REC")];
    const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
    const swStart = sw.dates("SW_DECOM");
    const swByChild = sw.byChild();
    return {
      episodes: rowsWhere(episodes, (row) => {
        if (!inScope(data, row) || RESPITE.has(ls[row] ?? "") || !(rne[row] === "S" || rec[row] !== "X1")) return false;
        const child = episodes.childOf(row);
        const workers = child === null ? undefined : swByChild.get(child);
        if (workers === undefined) return true;
        return workers.some((worker) => {
          const start = swStart[worker];
          const byEnd = start !== null && dec[row] !== null && start! <= dec[row]! && rec[row] !== "X1";
          const fromStart = start !== null && decom[row] !== null && start! >= decom[row]! && rne[row] === "S";
          return !byEnd && !fromStart;
        });
      }),
    };
  };
}

/** SW12STG2 (2023-24): a looked-after child's social workers of the year are all reported. */
export const rSW12STG2 = /* @__PURE__ */ defineRule({ code: "SW12STG2", since: "2023-24", check: socialWorkersCover(() => true) });

/** SW12STG2 from 2024-25: for episodes open, or ended from 1 April of the year before, to 31 March. */
export const rSW12STG2From2024 = /* @__PURE__ */ defineRule({
  code: "SW12STG2",
  since: "2024-25",
  check: socialWorkersCover((data, row) => {
    const dec = data.table("episodes").dates("DEC")[row] ?? null;
    return dec === null || (dec >= addYears(data.collectionStart, -1) && dec <= data.collectionEnd);
  }),
});
