import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 386", () => {
  it("fails an adoption on or after the 18th birthday", () => {
    expect(failuresOf("386", folder("2022-23", ["A,1,01/06/2004,UPN1,"], ["A,01/05/2022,S,E1,A5,01/06/2022,E11"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes an adoption the day before, and dates it cannot read", () => {
    expect(failuresOf("386", folder("2022-23", ["A,1,02/06/2004,UPN1,", "B,1,2004-01-01,UPN1,"], ["A,01/05/2022,S,E1,A5,01/06/2022,E12", "B,01/05/2022,S,E1,A5,01/06/2022,E11"]))).toEqual([]);
  });
});
