import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/header.csv`]: csv("CHILD,SEX,DOB,MOTHER,MC_DOB", ...rows) });

describe("rule 612", () => {
  it("fails a girl's child's date of birth when she is not recorded as a mother", () => {
    expect(failuresOf("612", file("2022-23", "A,2,01/01/2005,0,01/01/2022", "B,2,01/01/2005,,01/01/2022"))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
    expect(failuresOf("612", file("2024-25", "A,f,01/01/2007,0,01/01/2024"))).toEqual(["2024-25/header.csv:2 A"]);
  });

  it("passes a mother's, a girl without one, and the other year's code for a girl", () => {
    expect(failuresOf("612", file("2022-23", "A,2,01/01/2005,1,01/01/2022", "B,2,01/01/2005,0,", "C,F,01/01/2005,0,01/01/2022"))).toEqual([]);
    expect(failuresOf("612", file("2024-25", "A,2,01/01/2007,0,01/01/2024"))).toEqual([]);
  });
});
