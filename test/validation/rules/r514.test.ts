import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,LS_ADOPTR,SEX_ADOPTR", ...rows) });

describe("rule 514", () => {
  it("fails L0 with another or no SEX_ADOPTR", () => {
    expect(failuresOf("514", file("A,L0,XX", "B,L0,"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes M1/F1, in any case, and other legal statuses", () => {
    expect(failuresOf("514", file("A,L0,M1", "B,L0,f1", "C,L9,XX", "D,,"))).toEqual([]);
  });
});
