import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...b) });

describe("rule 1007", () => {
  it("fails care-leaver items for a young person of 17 looked after on their last birthday", () => {
    expect(failuresOf("1007", folder(["A,01/05/2022,S,C2,U1,01/07/2022,E8,"], ["A,01/06/2005,YES,F1,S1"]))).toEqual(["2022-23/oc3.csv:2 A"]);
  });

  it("passes one who left care by the birthday, and one still open (as the DfE's tool reads it)", () => {
    expect(failuresOf("1007", folder(["A,01/05/2022,S,C2,U1,01/06/2022,E8,", "B,01/05/2022,S,C2,U1,,,"], ["A,01/06/2005,YES,F1,S1", "B,01/06/2005,YES,F1,S1"]))).toEqual([]);
  });
});
