import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,REASON_PLACED_CEASED", ...rows) });

describe("rule 120", () => {
  it("fails a REASON_PLACED_CEASED that is not one of the DfE's codes", () => {
    expect(failuresOf("120", file("A,RD5", "B,RD3 "))).toEqual(["2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:3 B"]);
  });

  it("passes a DfE code in any case", () => {
    expect(failuresOf("120", file("A,RD3", "B,rd3", ))).toEqual([]);
  });

  it("passes a blank REASON_PLACED_CEASED", () => {
    expect(failuresOf("120", file("A,"))).toEqual([]);
  });
});
