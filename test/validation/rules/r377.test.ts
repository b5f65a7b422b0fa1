import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE", ...rows) });

describe("rule 377", () => {
  it("fails every holiday placement of a child with more than two", () => {
    expect(failuresOf("377", file("A,T3", "A,U1", "A,T3", "A,T3"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:4 A", "2022-23/episodes.csv:5 A"]);
  });

  it("passes two, and other temporary placements", () => {
    expect(failuresOf("377", file("A,T3", "A,T3", "B,T1", "B,T1", "B,T1"))).toEqual([]);
  });
});
