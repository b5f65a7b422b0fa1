import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,RNE", ...rows) });

describe("rule 143", () => {
  it("fails a RNE that is not one of the DfE's codes", () => {
    expect(failuresOf("143", file("A,X", "B,B "))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a DfE code in any case", () => {
    expect(failuresOf("143", file("A,B", "B,b", ))).toEqual([]);
  });

  it("passes a blank RNE", () => {
    expect(failuresOf("143", file("A,"))).toEqual([]);
  });
});
