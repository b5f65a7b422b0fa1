import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,REC", ...rows) });

describe("rule 149", () => {
  it("fails a REC that is not one of the DfE's codes", () => {
    expect(failuresOf("149", file("A,E4", "B,e4a "))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("149", file("A,e4a", ))).toEqual([]);
  });

  it("passes a blank REC", () => {
    expect(failuresOf("149", file("A,"))).toEqual([]);
  });
});
