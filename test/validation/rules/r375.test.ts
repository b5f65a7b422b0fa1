import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 375", () => {
  it("fails a temporary hospital placement of more than 42 days", () => {
    expect(failuresOf("375", folder("2022-23", ["A,1,01/01/2010,UPN1,"], ["A,01/05/2022,P,C2,T1,13/06/2022,X1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes 42 days, one still open, and a child the header does not list (as the DfE's tool reads it)", () => {
    expect(failuresOf("375", folder("2022-23", ["A,1,01/01/2010,UPN1,"], ["A,01/05/2022,P,C2,T1,12/06/2022,X1", "A,01/07/2022,P,C2,T1,,", "B,01/05/2022,P,C2,T1,13/07/2022,X1"]))).toEqual([]);
  });
});
