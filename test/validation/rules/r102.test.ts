import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const header = (...rows: string[]) => csv("CHILD,SEX,DOB,ETHNIC", ...rows);

describe("rule 102", () => {
  it("fails a DOB that is blank, ISO, two-digit-year or not a real day", () => {
    const files = { "2022-23/header.csv": header("1,1,2010-01-01,WBRI", "2,1,01/01/10,WBRI", "3,1,31/02/2010,WBRI", "4,1,,WBRI") };
    expect(failuresOf("102", files)).toEqual([
      "2022-23/header.csv:2 1", "2022-23/header.csv:3 2", "2022-23/header.csv:4 3", "2022-23/header.csv:5 4",
    ]);
  });

  it("passes DD/MM/YYYY, with one-digit day and month", () => {
    expect(failuresOf("102", { "2022-23/header.csv": header("1,1,01/01/2010,WBRI", "2,1,1/2/2010,WBRI") })).toEqual([]);
  });
});
