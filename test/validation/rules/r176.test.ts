import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,SEX_ADOPTR", ...rows) });

describe("rule 176", () => {
  it("fails a SEX_ADOPTR that is not one of the DfE's codes", () => {
    expect(failuresOf("176", file("A,FM", "B,mf "))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes a DfE code", () => {
    expect(failuresOf("176", file("A,mf", ))).toEqual([]);
  });

  it("passes a blank SEX_ADOPTR", () => {
    expect(failuresOf("176", file("A,"))).toEqual([]);
  });
});
