import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/header.csv`]: csv("CHILD,SEX,DOB,MC_DOB", ...rows) });

describe("rule 174", () => {
  it("fails a mother's child date of birth for a boy", () => {
    expect(failuresOf("174", file("2022-23", "A,1,01/01/2004,01/05/2021"))).toEqual(["2022-23/header.csv:2 A"]);
    expect(failuresOf("174", file("2024-25", "A,m,01/01/2004,01/05/2021"))).toEqual(["2024-25/header.csv:2 A"]);
  });

  it("passes a girl's, a boy without one, and the other year's code for a boy", () => {
    expect(failuresOf("174", file("2022-23", "A,2,01/01/2004,01/05/2021", "B,1,01/01/2004,", "C,M,01/01/2004,01/05/2021"))).toEqual([]);
    expect(failuresOf("174", file("2024-25", "A,F,01/01/2004,01/05/2021", "B,1,01/01/2004,01/05/2021"))).toEqual([]);
  });
});
