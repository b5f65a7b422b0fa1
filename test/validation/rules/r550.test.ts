import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 550", () => {
  it("fails provider PR0 outside a placement with parents", () => {
    expect(failuresOf("550", file("A,U1,PR0", "B,,pr0"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes PR0 with P1, and other providers", () => {
    expect(failuresOf("550", file("A,P1,PR0", "B,U1,PR1"))).toEqual([]);
  });
});
