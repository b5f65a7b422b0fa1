import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...b) });

describe("rule 575", () => {
  it("fails an open missing period that began during an episode that has ended", () => {
    expect(failuresOf("575", folder(["A,01/05/2022,S,C2,U1,01/07/2022,E13"], ["A,01/01/2010,M,10/05/2022,"]))).toEqual(["2022-23/missing.csv:2 A"]);
  });

  it("passes an ended missing period, and one during an open episode", () => {
    expect(failuresOf("575", folder(["A,01/05/2022,S,C2,U1,01/07/2022,E13", "B,01/05/2022,S,C2,U1,,"], ["A,01/01/2010,M,10/05/2022,12/05/2022", "B,01/01/2010,M,10/05/2022,"]))).toEqual([]);
  });
});
