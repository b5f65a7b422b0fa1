import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,NB_ADOPTR,SEX_ADOPTR", ...rows) });

describe("rule 511", () => {
  it("fails two adopters coded as one", () => {
    expect(failuresOf("511", file("A,2,M1", "B,2,f1"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B"]);
  });

  it("passes a couple's code, one adopter, and blanks", () => {
    expect(failuresOf("511", file("A,2,MM", "B,1,F1", "C,,M1", "D,2,"))).toEqual([]);
  });
});
