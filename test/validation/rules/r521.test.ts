import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...b) });

describe("rule 521", () => {
  it("fails a decision that adoption is in the child's interest after the placement for adoption began; both rows", () => {
    expect(failuresOf("521", folder(["A,01/05/2022,P,E1,A5,,"], ["A,01/01/2018,02/05/2022,,,,,"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/episodes.csv:2 A"]);
  });

  it("passes a decision on that day, and other placements", () => {
    expect(failuresOf("521", folder(["A,01/05/2022,P,E1,A5,,", "B,01/05/2022,P,C2,U1,,"], ["A,01/01/2018,01/05/2022,,,,,", "B,01/01/2018,02/05/2022,,,,,"]))).toEqual([]);
  });
});
