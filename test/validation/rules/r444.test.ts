import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2025-26/header.csv": csv("CHILD,SEX,DOB,UPN", ...rows) });

describe("rule 444", () => {
  it("fails every row of a UPN reported for two children", () => {
    expect(failuresOf("444", file("A,M,01/01/2010,A123456789012", "B,F,01/01/2010,a123456789012", "C,F,01/01/2010,B123456789012"))).toEqual([
      "2025-26/header.csv:2 A", "2025-26/header.csv:3 B",
    ]);
  });

  it("passes the shared codes for no UPN, and blanks", () => {
    expect(failuresOf("444", file("A,M,01/01/2010,UN1", "B,F,01/01/2010,UN1", "C,F,01/01/2010,", "D,F,01/01/2010,"))).toEqual([]);
  });
});
