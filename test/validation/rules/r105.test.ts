import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const header = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,ETHNIC,UASC", ...rows) });

describe("rule 105", () => {
  it("fails a UASC that is blank, text or a number other than 0 and 1", () => {
    expect(failuresOf("105", header("A,1,01/01/2010,WBRI,", "B,1,01/01/2010,WBRI,Y", "C,1,01/01/2010,WBRI,2"))).toEqual([
      "2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/header.csv:4 C",
    ]);
  });

  it("passes 0 and 1 however the number is written", () => {
    expect(failuresOf("105", header("A,1,01/01/2010,WBRI,0", "B,1,01/01/2010,WBRI,1", "C,1,01/01/2010,WBRI,1.0"))).toEqual([]);
  });
});
