import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 556", () => {
  it("fails a decision after a freeing-order episode began", () => {
    expect(failuresOf("556", folder(["A,01/05/2022,P,D1,U1,,"], ["A,01/01/2018,10/05/2022,,"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a decision by that day", () => {
    expect(failuresOf("556", folder(["A,01/05/2022,P,D1,U1,,"], ["A,01/01/2018,01/05/2022,,"]))).toEqual([]);
  });
});
