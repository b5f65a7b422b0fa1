import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 379", () => {
  it("fails an unspecified temporary placement of more than 7 days", () => {
    expect(failuresOf("379", folder("2022-23", ["A,1,01/01/2010,UPN1,"], ["A,01/05/2022,P,C2,T4,09/05/2022,X1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes 7 days", () => {
    expect(failuresOf("379", folder("2022-23", ["A,1,01/01/2010,UPN1,"], ["A,01/05/2022,P,C2,T4,08/05/2022,X1"]))).toEqual([]);
  });
});
