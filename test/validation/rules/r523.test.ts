import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...b) });

describe("rule 523", () => {
  it("fails a decision to place dated other than AD1's decision; both rows", () => {
    expect(failuresOf("523", folder(["A,01/01/2018,01/05/2022,,"], ["A,01/01/2018,02/05/2022,,,,,"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/placed_for_adoption.csv:2 A"]);
  });

  it("passes the same day, and blanks", () => {
    expect(failuresOf("523", folder(["A,01/01/2018,01/05/2022,,", "B,01/01/2018,,,"], ["A,01/01/2018,1/5/2022,,,,,", "B,01/01/2018,02/05/2022,,,,,"]))).toEqual([]);
  });
});
