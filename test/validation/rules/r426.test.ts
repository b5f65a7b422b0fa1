import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS", ...rows) });

describe("rule 426", () => {
  it("fails every V3 and V4 episode of a child with both", () => {
    expect(failuresOf("426", file("A,V3", "A,C2", "A,V4"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:4 A"]);
  });

  it("passes a child with only one of them, and two children with one each", () => {
    expect(failuresOf("426", file("A,V3", "A,V3", "B,V4", "C,V3"))).toEqual([]);
  });
});
