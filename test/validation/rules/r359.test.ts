import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...a), "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...b) });

describe("rule 359", () => {
  it("fails an open episode of a young person 18 before 31 March outside section 20(5) in a community home", () => {
    expect(failuresOf("359", folder(["A,1,01/01/2005,"], ["A,01/05/2022,S,C2,U1,,"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes V2 in K2, an ended episode, and a younger child", () => {
    expect(failuresOf("359", folder(["A,1,01/01/2005,", "B,1,31/03/2005,"], ["A,01/05/2022,S,V2,K2,,", "A,01/04/2022,S,C2,U1,01/05/2022,E8", "B,01/05/2022,S,C2,U1,,"]))).toEqual([]);
  });
});
