import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SDQ_REASON", ...rows) });

describe("rule 196", () => {
  it("fails a SDQ_REASON that is not one of the DfE's codes", () => {
    expect(failuresOf("196", file("A,SDQ6", "B,sdq5 "))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("196", file("A,sdq5", ))).toEqual([]);
  });

  it("passes a blank SDQ_REASON", () => {
    expect(failuresOf("196", file("A,"))).toEqual([]);
  });
});
