import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,LS", ...episodes),
});

describe("rule 393", () => {
  it("fails a looked-after girl without MOTHER", () => {
    expect(failuresOf("393", folder("2022-23", ["A,2,01/01/2008,"], ["A,01/05/2022,C2"]))).toEqual(["2022-23/header.csv:2 A"]);
    expect(failuresOf("393", folder("2024-25", ["A,F,01/01/2010,"], ["A,01/05/2024,C2"]))).toEqual(["2024-25/header.csv:2 A"]);
  });

  it("passes MOTHER given, a girl only in respite, and boys", () => {
    expect(failuresOf("393", folder("2022-23", ["A,2,01/01/2008,0", "B,2,01/01/2008,", "C,1,01/01/2008,"], ["A,01/05/2022,C2", "B,01/05/2022,V3", "C,01/05/2022,C2"]))).toEqual([]);
  });
});
