import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 118", () => {
  it("fails a decision that ceased before 1 April or before the child's earliest episode other than respite; with that episode", () => {
    expect(failuresOf("118", folder(["A,01/05/2022,S,C2,A3,,", "B,01/03/2021,S,V3,U1,01/04/2021,E13", "B,01/05/2022,S,E1,A5,,"], ["A,01/01/2018,01/03/2022,20/04/2022,RD1", "B,01/01/2018,01/03/2022,20/03/2022,RD1"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:4 B", "2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:3 B"]);
  });

  it("passes one ceased in the year after the episode began, and respite episodes", () => {
    expect(failuresOf("118", folder(["A,01/05/2022,S,C2,A3,,", "B,01/03/2021,S,V3,U1,01/04/2021,E13", "B,01/04/2022,S,E1,A5,,"], ["A,01/01/2018,01/03/2022,01/05/2022,RD1", "B,01/01/2018,01/03/2022,01/04/2022,RD1", "C,01/01/2018,01/03/2022,01/03/2022,RD1"]))).toEqual([]);
  });
});
