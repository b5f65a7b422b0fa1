import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 553", () => {
  it("fails a placement order without a decision, and a decision ceased while the order's episode is open", () => {
    expect(failuresOf("553", folder(["A,01/05/2022,P,E1,U1,,", "B,01/05/2022,P,E1,U1,,"], ["B,01/01/2018,01/04/2022,01/06/2022,RD1"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/placed_for_adoption.csv:2 B"]);
  });

  it("passes a decision not ceased, and one ceased after the order ended", () => {
    expect(failuresOf("553", folder(["A,01/05/2022,P,E1,U1,,", "B,01/05/2022,P,E1,U1,01/06/2022,E13"], ["A,01/01/2018,01/04/2022,,", "B,01/01/2018,01/04/2022,01/06/2022,RD1"]))).toEqual([]);
  });
});
