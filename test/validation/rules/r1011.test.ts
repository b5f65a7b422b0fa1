import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...b) });

describe("rule 1011", () => {
  it("fails care-leaver items for a child whose last episode was a transfer to another council", () => {
    expect(failuresOf("1011", folder(["A,01/05/2022,S,C2,U1,01/07/2022,E3,"], ["A,01/06/2004,YES,F1,S1"]))).toEqual(["2022-23/oc3.csv:2 A"]);
  });

  it("passes a transfer before a later episode, and no items", () => {
    expect(failuresOf("1011", folder(["A,01/05/2022,S,C2,U1,01/07/2022,E3,", "A,01/08/2022,S,C2,U1,01/09/2022,E8,", "B,01/05/2022,S,C2,U1,01/07/2022,E3,"], ["A,01/06/2004,YES,F1,S1", "B,01/06/2004,,,"]))).toEqual([]);
  });
});
