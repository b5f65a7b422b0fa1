import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,REASON_PLACE_CHANGE", ...rows) });

describe("rule 1009", () => {
  it("fails a REASON_PLACE_CHANGE that is not one of the DfE's codes", () => {
    expect(failuresOf("1009", file("A,CUSTODY", "B,custod "))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("1009", file("A,custod", ))).toEqual([]);
  });

  it("passes a blank REASON_PLACE_CHANGE", () => {
    expect(failuresOf("1009", file("A,"))).toEqual([]);
  });
});
