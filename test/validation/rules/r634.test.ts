import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...b) });

describe("rule 634", () => {
  it("fails previous permanence details of a child whose latest episode began before the year; with the child's episodes", () => {
    expect(failuresOf("634", folder(["A,01/05/2021,S,C2,U1,,"], ["A,01/01/2010,P1,873,01/01/2015"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/previous_permanence.csv:2 A"]);
  });

  it("passes a child whose latest episode began in the year, and empty details", () => {
    expect(failuresOf("634", folder(["A,01/05/2021,S,C2,U1,01/06/2021,E13", "A,01/05/2022,S,C2,U1,,", "B,01/05/2021,S,C2,U1,,"], ["A,01/01/2010,P1,873,01/01/2015", "B,01/01/2010,,,"]))).toEqual([]);
  });
});
