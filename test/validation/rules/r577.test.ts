import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...b) });

describe("rule 577", () => {
  it("fails a missing period open after the period of care ended, or ending after it", () => {
    expect(failuresOf("577", folder(["A,01/05/2022,S,C2,U1,01/06/2022,X1", "A,01/06/2022,P,C2,U2,01/07/2022,E13"], ["A,01/01/2010,M,10/06/2022,", "A,01/01/2010,M,10/06/2022,05/07/2022"]))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 A"]);
  });

  it("passes a missing period within the period of care, and one of a child with no episodes", () => {
    expect(failuresOf("577", folder(["A,01/05/2022,S,C2,U1,01/06/2022,X1", "A,01/06/2022,P,C2,U2,01/07/2022,E13", "B,01/05/2022,S,C2,U1,,"], ["A,01/01/2010,M,10/06/2022,12/06/2022", "B,01/01/2010,M,10/06/2022,", "C,01/01/2010,M,10/06/2022,"]))).toEqual([]);
  });
});
