import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 1003", () => {
  it("fails a decision to place before the first period of care began; both rows", () => {
    expect(failuresOf("1003", folder(["A,01/05/2022,S,C2,U1,,,", "A,01/09/2022,S,E1,A5,,,"], ["A,01/01/2018,30/04/2022,,"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/placed_for_adoption.csv:2 A"]);
  });

  it("passes a decision on that day", () => {
    expect(failuresOf("1003", folder(["A,01/05/2022,S,C2,U1,,,"], ["A,01/01/2018,01/05/2022,,"]))).toEqual([]);
  });
});
