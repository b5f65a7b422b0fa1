import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...a), "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...b) });

describe("rule 358", () => {
  it("fails a criminal-justice legal status for a child not past 10 when the episode began; both rows", () => {
    expect(failuresOf("358", folder(["A,1,01/05/2012,"], ["A,01/05/2022,S,J1,R1,,"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/header.csv:2 A"]);
  });

  it("passes a child past 10, and other statuses", () => {
    expect(failuresOf("358", folder(["A,1,30/04/2012,", "B,1,01/05/2015,"], ["A,01/05/2022,S,J2,R1,,", "B,01/05/2022,S,C2,U1,,"]))).toEqual([]);
  });
});
