import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 192", () => {
  it("fails a misuse problem with no answer on intervention", () => {
    expect(failuresOf("192", file("A,1,,"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes an answer given, and no misuse problem", () => {
    expect(failuresOf("192", file("A,1,0,1", "B,0,,", "C,,,"))).toEqual([]);
  });
});
