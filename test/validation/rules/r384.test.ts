import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS,PLACE", ...rows) });

describe("rule 384", () => {
  it("fails respite care in a long-term foster placement", () => {
    expect(failuresOf("384", file("A,V3,U1", "B,V4,U4"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes respite care in another foster placement, and long-term fostering under a care order", () => {
    expect(failuresOf("384", file("A,V3,U3", "B,C2,U1"))).toEqual([]);
  });
});
