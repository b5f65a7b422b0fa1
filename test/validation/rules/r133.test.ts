import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,ACCOM", ...rows) });

describe("rule 133", () => {
  it("fails a ACCOM that is not one of the DfE's codes", () => {
    expect(failuresOf("133", file("A,X1", "B,Z2 "))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B"]);
  });

  it("passes a DfE code in any case", () => {
    expect(failuresOf("133", file("A,Z2", "B,z2", ))).toEqual([]);
  });

  it("fails a blank ACCOM", () => {
    expect(failuresOf("133", file("A,"))).toEqual(["2022-23/oc3.csv:2 A"]);
  });
});
