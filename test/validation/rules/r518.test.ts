import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,LS_ADOPTR,SEX_ADOPTR", ...rows) });

describe("rule 518", () => {
  it("fails L4 with another or no SEX_ADOPTR", () => {
    expect(failuresOf("518", file("A,L4,XX", "B,L4,"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes MM/FF, in any case, and other legal statuses", () => {
    expect(failuresOf("518", file("A,L4,MM", "B,L4,ff", "C,L9,XX", "D,,"))).toEqual([]);
  });
});
