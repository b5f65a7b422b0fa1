import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,REC,PLACE", ...rows) });

describe("rule 516", () => {
  it("fails staying put from a placement that was not foster care", () => {
    expect(failuresOf("516", file("A,E45,R1", "B,E46,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes staying put from foster care, and other endings", () => {
    expect(failuresOf("516", file("A,E45,U1", "B,E46,U6", "C,E11,R1"))).toEqual([]);
  });
});
