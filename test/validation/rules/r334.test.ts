import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE", ...b) });

describe("rule 334", () => {
  it("fails a decision for adoption before the start of the latest period of care; both rows", () => {
    expect(failuresOf("334", folder(["A,01/01/2020,S,C2,U1,01/02/2020,E13", "A,01/05/2022,S,C2,A5,,"], ["A,01/01/2018,01/03/2022,01/06/2022,1"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/episodes.csv:3 A"]);
  });

  it("passes one on or after, earlier periods notwithstanding", () => {
    expect(failuresOf("334", folder(["A,01/01/2020,S,C2,U1,01/02/2020,E13", "A,01/05/2022,S,C2,A5,,"], ["A,01/01/2018,01/05/2022,01/06/2022,1"]))).toEqual([]);
  });
});
