import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2026-27/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...b) });

describe("rule 709", () => {
  it("fails a DoLO overlapping an episode in an unexpected placement; both rows", () => {
    expect(failuresOf("709", folder(["A,01/05/2026,S,C2,U1,,,"], ["A,01/01/2012,10/05/2026,20/06/2026"]))).toEqual(["2026-27/DoLo.csv:2 A", "2026-27/episodes.csv:2 A"]);
  });

  it("passes K2, and a DoLO after the episode", () => {
    expect(failuresOf("709", folder(["A,01/05/2026,S,C2,K2,,,", "B,01/05/2026,S,C2,U1,01/06/2026,X1,"], ["A,01/01/2012,10/05/2026,20/06/2026", "B,01/01/2012,10/06/2026,20/06/2026"]))).toEqual([]);
  });
});
