import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...b) });

describe("rule 580", () => {
  it("fails leaving care on the 18th birthday while missing, with a reason other than E8", () => {
    expect(failuresOf("580", folder(["A,01/05/2022,S,C2,U1,01/06/2022,E4A"], ["A,01/06/2004,M,10/05/2022,01/06/2022"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes E8, and a missing period ending another day", () => {
    expect(failuresOf("580", folder(["A,01/05/2022,S,C2,U1,01/06/2022,E8", "B,01/05/2022,S,C2,U1,01/06/2022,E4A"], ["A,01/06/2004,M,10/05/2022,01/06/2022", "B,01/06/2004,M,10/05/2022,31/05/2022"]))).toEqual([]);
  });
});
