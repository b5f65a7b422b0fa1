import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 193", () => {
  it("fails an intervention item without a misuse problem", () => {
    expect(failuresOf("193", file("A,0,1,", "B,,,0"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B"]);
  });

  it("passes both blank without a problem, and items with one", () => {
    expect(failuresOf("193", file("A,0,,", "B,1,1,", "C,,,"))).toEqual([]);
  });
});
