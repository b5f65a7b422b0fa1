import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2023-24/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2023-24/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...b) });

describe("rule 1016", () => {
  it("fails care-leaver items for a 17-year-old whose episode ended after their 17th birthday", () => {
    expect(failuresOf("1016", folder(["A,01/05/2023,S,C2,U1,01/07/2023,E8,"], ["A,01/06/2006,YES,F1,S1"]))).toEqual(["2023-24/oc3.csv:2 A"]);
  });

  it("passes an episode ended before it, and one of an 18-year-old ended before their 18th", () => {
    expect(failuresOf("1016", folder(["A,01/05/2023,S,C2,U1,31/05/2023,E8,", "B,01/05/2023,S,C2,U1,01/07/2023,E8,"], ["A,01/06/2006,YES,F1,S1", "B,01/12/2005,YES,F1,S1"]))).toEqual([]);
  });
});
