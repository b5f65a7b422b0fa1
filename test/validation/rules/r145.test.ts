import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,CIN", ...rows) });

describe("rule 145", () => {
  it("fails a CIN that is not one of the DfE's codes", () => {
    expect(failuresOf("145", file("A,N9", "B,n8 "))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("145", file("A,n8", ))).toEqual([]);
  });

  it("passes a blank CIN", () => {
    expect(failuresOf("145", file("A,"))).toEqual([]);
  });
});
