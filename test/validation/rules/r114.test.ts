import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,FOSTER_CARE", ...rows) });

describe("rule 114", () => {
  it("fails a FOSTER_CARE that is not one of the DfE's codes", () => {
    expect(failuresOf("114", file("A,2", "B,1 "))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("114", file("A,1", ))).toEqual([]);
  });

  it("passes a blank FOSTER_CARE", () => {
    expect(failuresOf("114", file("A,"))).toEqual([]);
  });
});
