import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...a), "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...b) });

describe("rule 302", () => {
  it("fails a first episode starting before the child's birth; with the header row", () => {
    expect(failuresOf("302", folder(["A,1,01/06/2022,"], ["A,01/07/2022,P,C2,U1,,", "A,01/05/2022,S,C2,U1,01/07/2022,X1"]))).toEqual(["2022-23/episodes.csv:3 A", "2022-23/header.csv:2 A"]);
  });

  it("passes a first episode on the day of birth, and later episodes", () => {
    expect(failuresOf("302", folder(["A,1,01/05/2022,"], ["A,01/05/2022,S,C2,U1,01/07/2022,X1", "A,01/07/2022,P,C2,U1,,"]))).toEqual([]);
  });
});
