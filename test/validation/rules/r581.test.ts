import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...b) });

describe("rule 581", () => {
  it("fails a missing period starting outside every episode, or with a start that is not a date", () => {
    expect(failuresOf("581", folder(["A,01/05/2022,S,C2,U1,01/06/2022,E13"], ["A,01/01/2010,M,10/06/2022,", "A,01/01/2010,M,2022-05-10,"]))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 A"]);
  });

  it("passes one starting within an episode or an open one, and a child with no episodes", () => {
    expect(failuresOf("581", folder(["A,01/05/2022,S,C2,U1,01/06/2022,X1", "A,01/06/2022,P,C2,U1,,"], ["A,01/01/2010,M,01/05/2022,", "A,01/01/2010,M,10/09/2022,", "B,01/01/2010,M,10/09/2022,"]))).toEqual([]);
  });
});
