import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2026-27/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...b) });

describe("rule 707", () => {
  it("fails a DoLO still open after the period of care ended", () => {
    expect(failuresOf("707", folder(["A,01/05/2026,S,C2,K2,01/07/2026,E13,"], ["A,01/01/2012,10/05/2026,"]))).toEqual(["2026-27/DoLo.csv:2 A"]);
  });

  it("passes a DoLO within the period", () => {
    expect(failuresOf("707", folder(["A,01/05/2026,S,C2,K2,01/07/2026,E13,"], ["A,01/01/2012,10/05/2026,20/06/2026"]))).toEqual([]);
  });
});
