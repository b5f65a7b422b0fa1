import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 373", () => {
  it("fails an ended school placement begun before the 4th birthday", () => {
    expect(failuresOf("373", folder("2022-23", ["A,1,02/05/2018,UPN1,"], ["A,01/05/2022,S,C2,S1,01/06/2022,X1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one begun on the birthday", () => {
    expect(failuresOf("373", folder("2022-23", ["A,1,01/05/2018,UPN1,"], ["A,01/05/2022,S,C2,S1,01/06/2022,X1"]))).toEqual([]);
  });
});
