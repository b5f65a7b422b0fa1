import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...b) });

describe("rule 632", () => {
  it("fails a previous order dated on or after the first episode, or not a date; both rows", () => {
    expect(failuresOf("632", folder(["A,01/05/2022,S,C2,U1,,", "B,01/05/2022,S,C2,U1,,"], ["A,01/01/2010,P1,873,01/05/2022", "B,01/01/2010,P1,873,2015-01-01"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B", "2022-23/previous_permanence.csv:2 A", "2022-23/previous_permanence.csv:3 B"]);
  });

  it("passes an earlier date, one with ZZ for the day, and a blank", () => {
    expect(failuresOf("632", folder(["A,01/05/2022,S,C2,U1,,", "B,01/05/2022,S,C2,U1,,", "C,01/05/2022,S,C2,U1,,"], ["A,01/01/2010,P1,873,30/04/2022", "B,01/01/2010,P1,873,ZZ/03/2022", "C,01/01/2010,Z1,,"]))).toEqual([]);
  });
});
