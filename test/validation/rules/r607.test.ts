import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 607", () => {
  it("fails a girl who left care in the year without MOTHER; both rows", () => {
    expect(failuresOf("607", folder("2022-23", ["A,2,01/01/2005,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E13"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/header.csv:2 A"]);
    expect(failuresOf("607", folder("2024-25", ["A,F,01/01/2007,"], ["A,01/05/2024,S,C2,U1,01/06/2024,E13"]))).toEqual(["2024-25/episodes.csv:2 A", "2024-25/header.csv:2 A"]);
  });

  it("passes MOTHER given, respite, a new episode (X1), and a boy", () => {
    expect(
      failuresOf("607", folder("2022-23", ["A,2,01/01/2005,0", "B,2,01/01/2005,", "C,1,01/01/2005,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E13", "B,01/05/2022,S,V3,U1,01/06/2022,E13", "B,01/06/2022,S,C2,U1,01/07/2022,X1", "C,01/05/2022,S,C2,U1,01/06/2022,E13"])),
    ).toEqual([]);
  });
});
