import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...b) });

describe("rule 578", () => {
  it("fails a missing period starting before or after every period of care", () => {
    expect(failuresOf("578", folder(["A,01/05/2022,S,C2,U1,01/06/2022,E13", "A,01/08/2022,S,C2,U1,,"], ["A,01/01/2010,M,10/04/2022,", "A,01/01/2010,M,10/07/2022,"]))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 A"]);
  });

  it("passes one starting within a period, and its last day", () => {
    expect(failuresOf("578", folder(["A,01/05/2022,S,C2,U1,01/06/2022,E13", "A,01/08/2022,S,C2,U1,,"], ["A,01/01/2010,M,01/06/2022,", "A,01/01/2010,M,10/09/2022,"]))).toEqual([]);
  });
});
