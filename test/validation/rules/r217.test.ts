import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,PLACE", ...rows) });

describe("rule 217", () => {
  it("fails A3 or A5 from 1 April 2015 with another or no reason for the new episode", () => {
    expect(failuresOf("217", file("A,01/04/2015,P,A3", "B,01/05/2022,,a5"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes S, T and U, earlier episodes, other placements and a DECOM it cannot read", () => {
    expect(failuresOf("217", file("A,01/05/2022,T,A3", "B,31/03/2015,P,A5", "C,01/05/2022,P,A4", "D,2022-05-01,P,A3"))).toEqual([]);
  });
});
