import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,LS_ADOPTR,SEX_ADOPTR", ...rows) });

describe("rule 519", () => {
  it("fails L2 with another or no SEX_ADOPTR", () => {
    expect(failuresOf("519", file("A,L2,XX", "B,L2,"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes MM/FF/MF, in any case, and other legal statuses", () => {
    expect(failuresOf("519", file("A,L2,MM", "B,L2,mf", "C,L9,XX", "D,,"))).toEqual([]);
  });
});
