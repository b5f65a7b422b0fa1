import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const header = (...rows: string[]) => csv("CHILD,SEX,DOB,ETHNIC", ...rows);

describe("rule 103", () => {
  it("fails an unknown or blank ETHNIC", () => {
    expect(failuresOf("103", { "2022-23/header.csv": header("1,1,01/01/2010,WXYZ", "2,1,01/01/2010,") })).toEqual([
      "2022-23/header.csv:2 1", "2022-23/header.csv:3 2",
    ]);
  });

  it("passes a DfE code written in lower case (the rules see values upper-cased)", () => {
    expect(failuresOf("103", { "2022-23/header.csv": header("1,1,01/01/2010,wbri", "2,1,01/01/2010,REFU") })).toEqual([]);
  });
});
