import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,LS_ADOPTR,SEX_ADOPTR", ...rows) });

describe("rule 520", () => {
  it("fails L11 with another or no SEX_ADOPTR", () => {
    expect(failuresOf("520", file("A,L11,XX", "B,L11,"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes MF, in any case, and other legal statuses", () => {
    expect(failuresOf("520", file("A,L11,MF", "B,L11,mf", "C,L9,XX", "D,,"))).toEqual([]);
  });
});
