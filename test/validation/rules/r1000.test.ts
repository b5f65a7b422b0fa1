import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (last: string[], now: string[], oc3: string[]) => ({
  "2021-22/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...last),
  "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...now),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 1000", () => {
  it("fails a care-leaver row for a child who died in care this year or last", () => {
    expect(failuresOf("1000", folder(["A,01/05/2021,01/06/2021,E2"], ["B,01/05/2022,01/06/2022,E2"], ["A,01/01/2004,DIED,0,0", "B,01/01/2004,DIED,0,0"]))).toEqual([
      "2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B",
    ]);
  });

  it("passes other endings, and runs without last year's episodes", () => {
    expect(failuresOf("1000", folder(["A,01/05/2021,01/06/2021,E8"], ["B,01/05/2022,01/06/2022,E8"], ["A,01/01/2004,YES,F1,S1", "B,01/01/2004,YES,F1,S1"]))).toEqual([]);
    expect(failuresOf("1000", { "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", "B,01/05/2022,01/06/2022,E2"), "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH", "B,01/01/2004,DIED") })).toEqual(["2022-23/oc3.csv:2 B"]);
  });
});
