import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (last: string[], now: string[], oc3: string[]) => ({
  "2021-22/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...last),
  "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...now),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 1002", () => {
  it("fails a care leaver with no episodes this year or last", () => {
    expect(failuresOf("1002", folder(["A,01/05/2021,,"], ["B,01/05/2022,,"], ["C,01/01/2004,YES,F1,S1"]))).toEqual(["2022-23/oc3.csv:2 C"]);
  });

  it("passes care leavers with episodes in either year", () => {
    expect(failuresOf("1002", folder(["A,01/05/2021,,"], ["B,01/05/2022,,"], ["A,01/01/2004,YES,F1,S1", "B,01/01/2004,YES,F1,S1"]))).toEqual([]);
  });
});
