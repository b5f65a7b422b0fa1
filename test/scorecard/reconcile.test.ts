import { describe, expect, it } from "vitest";
import { loadReturn903 } from "../../src/io/ssda903/loadReturn903.js";
import { parseReturn903 } from "../../src/io/ssda903/parseReturn903.js";
import { renderValidationCsv } from "../../src/io/write/csv.js";
import { renderValidationJson } from "../../src/io/write/json.js";
import { renderValidationTable } from "../../src/io/write/table.js";
import { reconcileYears } from "../../src/scorecard/reconcile.js";

/** Year-end reconciliation (indicators.md §1.5, interface.md §4a). */
const EPISODE_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const episodes = (rows: string[]) => [EPISODE_HEADER, ...rows.map((r) => `${r},,,,`)].join("\n") + "\n";

// A: open in 2020-21 only (stale). G: open at the end of 2021-22, closed before it by the
// 2022-23 return (a correction). H: open in 2020-21, left out of 2021-22, open again in
// 2022-23 (missing from its own return). C: in care throughout.
const files = {
  "2020-21/episodes.csv": episodes(["A,01/06/2020,S,C2,N1,U4,PR1,,", "C,01/05/2019,S,C2,N1,U4,PR1,,", "H,01/03/2021,S,C2,N1,U4,PR1,,"]),
  "2021-22/episodes.csv": episodes(["C,01/05/2019,S,C2,N1,U4,PR1,,", "G,01/02/2022,S,C2,N1,U4,PR1,,"]),
  "2022-23/episodes.csv": episodes(["C,01/05/2019,S,C2,N1,U4,PR1,,", "G,01/02/2022,S,C2,N1,U4,PR1,15/03/2022,E11", "H,01/03/2021,S,C2,N1,U4,PR1,,"]),
};
const find = (rows: ReturnType<typeof reconcileYears>, year: string, id: string) => rows.find((r) => r.year === year && r.id === id)!;

describe("reconcileYears", () => {
  const rows = reconcileYears(parseReturn903(files).return903);

  it("gives every year and the four year-end figures, in year then indicator order", () => {
    expect(rows.map((r) => `${r.year} ${r.asAt} ${r.id}`)).toEqual(
      ["2020-21", "2021-22", "2022-23"].flatMap((y) => ["cla-count", "starts-count", "ends-count", "placements-3plus"].map((id) => `${y} 20${y.slice(5)}-03-31 ${id}`)),
    );
  });

  it("names a correction by a later return and a child missing from its own return", () => {
    expect(find(rows, "2021-22", "cla-count")).toMatchObject({
      ownReturn: 2, allYears: 2,
      children: [{ child: "G", reason: "corrected-by-later-return" }, { child: "H", reason: "missing-from-own-return" }],
    });
    expect(find(rows, "2021-22", "ends-count")).toMatchObject({ ownReturn: 0, allYears: 1, children: [{ child: "G", reason: "corrected-by-later-return" }] });
  });

  it("agrees with the latest return by default, and names stale episodes under keep", () => {
    expect(find(rows, "2022-23", "cla-count")).toMatchObject({ ownReturn: 2, allYears: 2, children: [] });
    const kept = reconcileYears(parseReturn903(files).return903, { options: { staleOpenEpisodes: "keep" } });
    expect(find(kept, "2022-23", "cla-count")).toMatchObject({ ownReturn: 2, allYears: 3, children: [{ child: "A", reason: "stale-open-episode" }] });
  });

  it("has nothing to reconcile in a single return of unknown year", () => {
    expect(reconcileYears(parseReturn903({ "episodes.csv": files["2021-22/episodes.csv"] }).return903)).toEqual([]);
  });

  it("is shown in every validate format", () => {
    const { dataQuality, reconciliation } = loadReturn903(files, { reconcile: true });
    const validation = { dataQuality, reconciliation: reconciliation! };
    const json = JSON.parse(renderValidationJson(validation));
    expect(Object.keys(json)).toEqual(["dataQuality", "reconciliation"]);
    expect(json.reconciliation[4]).toEqual({
      year: "2021-22", asAt: "2022-03-31", id: "cla-count", ownReturn: 2, allYears: 2,
      children: [{ child: "G", reason: "corrected-by-later-return" }, { child: "H", reason: "missing-from-own-return" }],
    });
    const csv = renderValidationCsv(validation).split("\r\n");
    expect(csv[0]).toBe("kind,file,rows_read,rows_used,rows_rejected,code,severity,line,column,message,indicators,count,child,year,as_at,own_return,all_years,reason");
    expect(csv).toContain("reconciliation,,,,,cla-count,,,,,,,,2021-22,2022-03-31,2,2,");
    expect(csv).toContain("reconciliation-child,,,,,cla-count,,,,,,,G,2021-22,2022-03-31,,,corrected-by-later-return");
    const table = renderValidationTable(validation);
    expect(table).toContain("Year-end reconciliation");
    expect(table).toContain("2021-22 cla-count: 2 in the year's own return, 2 from all years\n  G: corrected-by-later-return\n  H: missing-from-own-return");
  });
});
