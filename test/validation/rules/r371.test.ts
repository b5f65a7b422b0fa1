import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 371", () => {
  it("fails semi-independent living begun too young: H5 under 14, from 2023-24 under 16, from 2024-25 K3 under 16", () => {
    expect(failuresOf("371", folder("2022-23", ["A,1,02/05/2008"], ["A,01/05/2022,S,C2,H5,01/06/2022,E8"]))).toEqual(["2022-23/episodes.csv:2 A"]);
    expect(failuresOf("371", folder("2023-24", ["A,1,02/05/2007"], ["A,01/05/2023,S,C2,H5,01/06/2023,E8"]))).toEqual(["2023-24/episodes.csv:2 A"]);
    expect(failuresOf("371", folder("2024-25", ["A,M,02/05/2008"], ["A,01/05/2024,S,C2,K3,01/06/2024,E8"]))).toEqual(["2024-25/episodes.csv:2 A"]);
  });

  it("passes each year's age reached, and the other year's placement code", () => {
    expect(failuresOf("371", folder("2022-23", ["A,1,01/05/2008"], ["A,01/05/2022,S,C2,H5,01/06/2022,E8"]))).toEqual([]);
    expect(failuresOf("371", folder("2023-24", ["A,1,01/05/2007"], ["A,01/05/2023,S,C2,H5,01/06/2023,E8"]))).toEqual([]);
    expect(failuresOf("371", folder("2024-25", ["A,M,02/05/2009"], ["A,01/05/2024,S,C2,H5,01/06/2024,E8"]))).toEqual([]);
  });
});
