import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS", ...rows) });

describe("rule 144", () => {
  it("fails a LS that is not one of the DfE's codes", () => {
    expect(failuresOf("144", file("A,V1", "B,v2 "))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("144", file("A,v2", ))).toEqual([]);
  });

  it("passes a blank LS", () => {
    expect(failuresOf("144", file("A,"))).toEqual([]);
  });
});
