import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DECOM,DEC,RNE,LS,CIN,PLACE,PLACE_PROVIDER,URN";
const folder = (year: [string, string], last: string[], now: string[]) => ({
  [`${year[0]}/episodes.csv`]: csv(COLUMNS, ...last),
  [`${year[1]}/episodes.csv`]: csv(COLUMNS, ...now),
});
const Y2022: [string, string] = ["2021-22", "2022-23"];
const OPEN_LAST_YEAR = "A,01/05/2021,,S,C2,N1,U1,PR1,SC1";

describe("rules 503A–503F", () => {
  it("fail a first episode that changes an item of last year's open episode", () => {
    const cases: [string, string][] = [
      ["503A", "A,01/05/2021,,P,C2,N1,U1,PR1,SC1"], ["503B", "A,01/05/2021,,S,E1,N1,U1,PR1,SC1"], ["503C", "A,01/05/2021,,S,C2,N2,U1,PR1,SC1"],
      ["503D", "A,01/05/2021,,S,C2,N1,U2,PR1,SC1"], ["503E", "A,01/05/2021,,S,C2,N1,U1,PR2,SC1"], ["503F", "A,01/05/2021,,S,C2,N1,U1,PR1,"],
    ];
    for (const [code, first] of cases) expect(failuresOf(code, folder(Y2022, [OPEN_LAST_YEAR], [first, "A,01/06/2022,,P,C2,N1,U3,PR1,SC1"])), code).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("pass the same items, and last year's latest episode ended", () => {
    for (const code of ["503A", "503B", "503C", "503D", "503E", "503F"]) {
      expect(failuresOf(code, folder(Y2022, [OPEN_LAST_YEAR, "B,01/05/2021,01/06/2021,S,C2,N1,U1,PR1,SC1"], [OPEN_LAST_YEAR, "B,01/05/2022,,S,E1,N2,U2,PR2,"])), code).toEqual([]);
    }
  });

  it("503D passes the DfE's recodings: H5 to K3 in 2024-25, Z1 to Z11–Z14 in 2025-26", () => {
    expect(failuresOf("503D", folder(["2023-24", "2024-25"], ["A,01/05/2023,,S,C2,N1,H5,PR1,"], ["A,01/05/2023,,S,C2,N1,K3,PR1,"]))).toEqual([]);
    expect(failuresOf("503D", folder(["2024-25", "2025-26"], ["A,01/05/2024,,S,C2,N1,Z1,PR1,"], ["A,01/05/2024,,S,C2,N1,Z12,PR1,"]))).toEqual([]);
    expect(failuresOf("503D", folder(["2024-25", "2025-26"], ["A,01/05/2024,,S,C2,N1,H5,PR1,"], ["A,01/05/2024,,S,C2,N1,K3,PR1,"]))).toEqual(["2025-26/episodes.csv:2 A"]);
  });
});
