import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2026-27/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...b) });

describe("rule 710", () => {
  it("fails a DoLO overlapping a secure home, parents, custody or supported accommodation; both rows", () => {
    expect(failuresOf("710", folder(["A,01/05/2026,S,C2,K1,,,"], ["A,01/01/2012,10/05/2026,20/06/2026"]))).toEqual(["2026-27/DoLo.csv:2 A", "2026-27/episodes.csv:2 A"]);
  });

  it("passes other placements, and a DoLO without an end", () => {
    expect(failuresOf("710", folder(["A,01/05/2026,S,C2,K2,,,", "B,01/05/2026,S,C2,P1,,,"], ["A,01/01/2012,10/05/2026,20/06/2026", "B,01/01/2012,10/05/2026,"]))).toEqual([]);
  });
});
