import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 184", () => {
  it("fails a decision dated before the child's birth, or whose DOB cannot be read", () => {
    expect(failuresOf("184", folder(["A,1,01/01/2018,"], ["A,01/05/2018,01/04/2018,,", "B,2018-01-01,01/04/2018,,"]))).toEqual(["2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:3 B"]);
  });

  it("passes a decision on or after the birth, and one without a date", () => {
    expect(failuresOf("184", folder(["A,1,01/01/2018,"], ["A,01/05/2018,01/05/2018,,", "B,01/05/2018,,,"]))).toEqual([]);
  });
});
