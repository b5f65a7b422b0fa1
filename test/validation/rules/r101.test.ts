import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const header = (...rows: string[]) => csv("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", ...rows);

describe("rule 101", () => {
  it("fails a SEX that is not 1 or 2 in 2022-23, blank and padded values included", () => {
    const files = { "2022-23/header.csv": header("1,1,01/01/2010,WBRI,,,", "2,3,01/01/2010,WBRI,,,", "3,,01/01/2010,WBRI,,,", "4,2 ,01/01/2010,WBRI,,,") };
    expect(failuresOf("101", files)).toEqual(["2022-23/header.csv:3 2", "2022-23/header.csv:4 3", "2022-23/header.csv:5 4"]);
  });

  it("passes 1 and 2 in 2022-23", () => {
    expect(failuresOf("101", { "2022-23/header.csv": header("1,1,01/01/2010,WBRI,,,", "2,2,01/01/2010,WBRI,,,") })).toEqual([]);
  });

  it("takes M, F and U from 2024-25, in any case", () => {
    const files = { "2024-25/header.csv": header("1,m,01/01/2010,WBRI,,,", "2,1,01/01/2010,WBRI,,,", "3,U,01/01/2010,WBRI,,,") };
    expect(failuresOf("101", files)).toEqual(["2024-25/header.csv:3 2"]);
  });

  it("is skipped without header.csv", () => {
    expect(failuresOf("101", { "2022-23/episodes.csv": csv("CHILD,DECOM") })).toBe("skipped: needs header.csv");
  });
});
