import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,PLACE,REC,REASON_PLACE_CHANGE", ...rows) });

describe("rule 225", () => {
  it("fails an episode ending in a change of placement without a reason, in DECOM order whatever the file order", () => {
    expect(failuresOf("225", file("A,01/06/2022,P,U2,,", "A,01/05/2022,S,U1,X1,"))).toEqual(["2022-23/episodes.csv:3 A"]);
  });

  it("passes a reason given, a change of legal status only, and temporary placements either side", () => {
    expect(
      failuresOf("225", file(
        "A,01/05/2022,S,U1,X1,CARPL", "A,01/06/2022,P,U2,,",
        "B,01/05/2022,S,U1,X1,", "B,01/06/2022,L,U1,,",
        "C,01/05/2022,S,U1,X1,", "C,01/06/2022,P,T1,,",
        "D,01/05/2022,S,T1,X1,", "D,01/06/2022,P,U1,,",
      )),
    ).toEqual([]);
  });
});
