import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,LS_ADOPTR", ...rows) });

describe("rule 177", () => {
  it("fails a LS_ADOPTR that is not one of the DfE's codes", () => {
    expect(failuresOf("177", file("A,L1", "B,l11 "))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("177", file("A,l11", ))).toEqual([]);
  });

  it("passes a blank LS_ADOPTR", () => {
    expect(failuresOf("177", file("A,"))).toEqual([]);
  });
});
