import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 374", () => {
  it("fails an ended residential employment begun before the 14th birthday", () => {
    expect(failuresOf("374", folder("2022-23", ["A,1,02/05/2008,UPN1,"], ["A,01/05/2022,S,C2,P3,01/06/2022,X1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one begun on the birthday", () => {
    expect(failuresOf("374", folder("2022-23", ["A,1,01/05/2008,UPN1,"], ["A,01/05/2022,S,C2,P3,01/06/2022,X1"]))).toEqual([]);
  });
});
