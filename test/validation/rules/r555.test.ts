import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 555", () => {
  it("fails a freeing order without a decision, and a decision ceased while the order's episode is open", () => {
    expect(failuresOf("555", folder(["A,01/05/2022,P,D1,U1,,", "B,01/05/2022,P,D1,U1,,"], ["B,01/01/2018,01/04/2022,,RD1"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/placed_for_adoption.csv:2 B"]);
  });

  it("passes a decision not ceased", () => {
    expect(failuresOf("555", folder(["A,01/05/2022,P,D1,U1,,"], ["A,01/01/2018,01/04/2022,,"]))).toEqual([]);
  });
});
