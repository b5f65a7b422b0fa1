import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2025-26/episodes.csv": csv("CHILD,DEC,REASON_PLACE_CHANGE", ...rows) });

describe("rule 233", () => {
  it("fails a reason for placement change on an episode that has not ended", () => {
    expect(failuresOf("233", file("A,,CARPL"))).toEqual(["2025-26/episodes.csv:2 A"]);
  });

  it("passes a reason on an ended episode, and an open episode without one", () => {
    expect(failuresOf("233", file("A,01/05/2025,CARPL", "B,,"))).toEqual([]);
  });
});
