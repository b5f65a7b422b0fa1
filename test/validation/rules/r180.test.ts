import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SDQ_SCORE", ...rows) });

describe("rule 180", () => {
  it("fails a score above 40, a fraction and text", () => {
    expect(failuresOf("180", file("A,41", "B,5.5", "C,X"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B", "2022-23/oc2.csv:4 C"]);
  });

  it("passes 0 to 40 (12.0 is 12) and a blank", () => {
    expect(failuresOf("180", file("A,0", "B,40", "C,12.0", "D,"))).toEqual([]);
  });
});
