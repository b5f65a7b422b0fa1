import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,PLACE,REASON_PLACE_CHANGE", ...rows) });

describe("rule 226", () => {
  it("fails a temporary placement with a reason, or after an episode with one", () => {
    expect(failuresOf("226", file("A,01/05/2022,T1,CARPL", "B,01/06/2022,T2,", "B,01/05/2022,U1,CARPL"))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B",
    ]);
  });

  it("passes a temporary placement with no reason on it or before it, and reasons on other placements", () => {
    expect(failuresOf("226", file("A,01/05/2022,U1,", "A,01/06/2022,T2,", "B,01/05/2022,U1,CARPL", "B,01/06/2022,U2,CARPL"))).toEqual([]);
  });
});
