import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE,REC", ...rows) });

describe("rule 381", () => {
  it("fails a temporary placement that ends the period of care", () => {
    expect(failuresOf("381", file("A,T2,E11"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one that ended in a new episode, one still open, and other placements ending care", () => {
    expect(failuresOf("381", file("A,T2,X1", "B,T2,", "C,U1,E11"))).toEqual([]);
  });
});
