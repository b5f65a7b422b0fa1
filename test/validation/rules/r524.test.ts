import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,LS_ADOPTR,SEX_ADOPTR", ...rows) });

describe("rule 524", () => {
  it("fails L12 with another or no SEX_ADOPTR", () => {
    expect(failuresOf("524", file("A,L12,XX", "B,L12,"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes MM/FF, in any case, and other legal statuses", () => {
    expect(failuresOf("524", file("A,L12,MM", "B,L12,ff", "C,L9,XX", "D,,"))).toEqual([]);
  });
});
