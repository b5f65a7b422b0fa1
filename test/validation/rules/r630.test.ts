import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...b) });

describe("rule 630", () => {
  it("fails a child who started care in the year without previous permanence details, or with them incomplete", () => {
    expect(failuresOf("630", folder(["A,01/05/2022,S,C2,U1,,", "B,01/05/2022,S,C2,U1,,", "C,01/05/2022,S,C2,U1,,"], ["B,01/01/2010,P1,873,", "C,01/01/2010,,873,01/01/2015"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B", "2022-23/episodes.csv:4 C"]);
  });

  it("passes Z1, complete details, and a period begun before the year", () => {
    expect(failuresOf("630", folder(["A,01/05/2022,S,C2,U1,,", "B,01/05/2022,S,C2,U1,,", "C,01/03/2022,S,C2,U1,,"], ["A,01/01/2010,Z1,,", "B,01/01/2010,P1,873,01/01/2015"]))).toEqual([]);
  });
});
