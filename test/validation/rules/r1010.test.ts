import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (last: string[], now: string[], oc3: string[]) => ({
  "2021-22/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...last),
  "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...now),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 1010", () => {
  it("fails a care leaver with no episodes this year whose last episode last year was open", () => {
    expect(failuresOf("1010", folder(["A,01/04/2021,01/05/2021,X1", "A,01/05/2021,,"], [], ["A,01/01/2004,YES,F1,S1"]))).toEqual(["2022-23/oc3.csv:2 A"]);
  });

  it("passes a care leaver with episodes this year, and one whose last episode ended", () => {
    expect(failuresOf("1010", folder(["A,01/05/2021,,", "B,01/05/2021,01/06/2021,E8"], ["A,01/05/2021,,"], ["A,01/01/2004,YES,F1,S1", "B,01/01/2004,YES,F1,S1"]))).toEqual([]);
  });
});
