import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 442", () => {
  it("fails a child with an episode other than respite and no UPN (the header row)", () => {
    expect(failuresOf("442", folder("2022-23", ["A,1,01/01/2010,,", "B,1,01/01/2010,,"], ["A,01/05/2022,S,C2,U1,,", "B,01/05/2022,S,,U1,,"]))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
  });

  it("passes a UPN given, and a child only in respite", () => {
    expect(failuresOf("442", folder("2022-23", ["A,1,01/01/2010,UN1,", "B,1,01/01/2010,,"], ["A,01/05/2022,S,C2,U1,,", "B,01/05/2022,S,V3,U1,,"]))).toEqual([]);
  });
});
