import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,NB_ADOPTR", ...rows) });

describe("rule 175", () => {
  it("fails a NB_ADOPTR that is not one of the DfE's codes", () => {
    expect(failuresOf("175", file("A,3", "B,2 "))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("175", file("A,2", ))).toEqual([]);
  });

  it("passes a blank NB_ADOPTR", () => {
    expect(failuresOf("175", file("A,"))).toEqual([]);
  });
});
