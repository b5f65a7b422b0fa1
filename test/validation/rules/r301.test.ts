import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const header = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,ETHNIC", ...rows) });

describe("rule 301", () => {
  it("fails a DOB after the year ends (31 March 2023)", () => {
    expect(failuresOf("301", header("A,1,01/04/2023,WBRI"))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a DOB on the last day, and leaves a DOB that is not a date to rule 102", () => {
    expect(failuresOf("301", header("A,1,31/03/2023,WBRI", "B,1,2024-01-01,WBRI"))).toEqual([]);
  });
});
