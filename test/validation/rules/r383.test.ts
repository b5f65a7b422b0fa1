import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,PLACE,PL_POST", ...rows) });

describe("rule 383", () => {
  it("fails a return from a temporary placement to another placement, or for another reason", () => {
    expect(
      failuresOf("383", file("2022-23", "A,01/05/2022,S,U1,", "A,01/06/2022,P,T1,", "A,08/06/2022,P,U2,", "B,01/05/2022,S,U1,", "B,01/06/2022,P,T1,", "B,08/06/2022,L,U1,")),
    ).toEqual(["2022-23/episodes.csv:4 A", "2022-23/episodes.csv:7 B"]);
    expect(failuresOf("383", file("2025-26", "A,01/05/2025,S,U1,CB1 1AA", "A,01/06/2025,P,T1,", "A,08/06/2025,P,U1,CB2 2BB"))).toEqual(["2025-26/episodes.csv:4 A"]);
  });

  it("passes a return to the same placement, and a temporary placement that is the child's second episode", () => {
    expect(failuresOf("383", file("2022-23", "A,01/05/2022,S,U1,", "A,01/06/2022,P,T1,", "A,08/06/2022,P,U1,", "B,01/06/2022,P,T1,", "B,08/06/2022,L,U1,"))).toEqual([]);
    expect(failuresOf("383", file("2025-26", "A,01/05/2025,S,U1,CB1 1AA", "A,01/06/2025,P,T1,", "A,08/06/2025,P,U1,CB1 1AA"))).toEqual([]);
  });
});
