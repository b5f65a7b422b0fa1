import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 372", () => {
  it("fails an ended custody placement begun before the 10th birthday", () => {
    expect(failuresOf("372", folder("2022-23", ["A,1,02/05/2012,UPN1,"], ["A,01/05/2022,S,J2,R5,01/06/2022,X1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one begun on the birthday, and another placement", () => {
    expect(failuresOf("372", folder("2022-23", ["A,1,01/05/2012,UPN1,", "B,1,01/01/2015,UPN1,"], ["A,01/05/2022,S,J2,R5,01/06/2022,X1", "B,01/05/2022,S,C2,U1,01/06/2022,X1"]))).toEqual([]);
  });
});
