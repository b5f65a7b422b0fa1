import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,MISSING", ...rows) });

describe("rule 1006", () => {
  it("fails a MISSING that is not one of the DfE's codes", () => {
    expect(failuresOf("1006", file("A,B", "B,a "))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("1006", file("A,a", ))).toEqual([]);
  });

  it("passes a blank MISSING", () => {
    expect(failuresOf("1006", file("A,"))).toEqual([]);
  });
});
