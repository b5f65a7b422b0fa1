import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,REC,PLACE", ...rows) });

describe("rule 390", () => {
  it("fails an adoption from a placement that was not for adoption", () => {
    expect(failuresOf("390", file("A,E11,U1", "B,E12,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes adoptions from placements for adoption, and other endings", () => {
    expect(failuresOf("390", file("A,E11,A3", "B,E12,A6", "C,E13,U1"))).toEqual([]);
  });
});
