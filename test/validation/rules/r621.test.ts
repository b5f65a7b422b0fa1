import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN,MOTHER,MC_DOB", ...rows) });

describe("rule 621", () => {
  it("fails a mother born on or after her child, or whose own date of birth cannot be read", () => {
    expect(failuresOf("621", file("A,2,01/01/2005,,1,01/01/2005", "B,2,2005-01-01,,1,01/01/2022"))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
  });

  it("passes a child born after the mother, and no child's date of birth", () => {
    expect(failuresOf("621", file("A,2,01/01/2005,,1,01/01/2022", "B,2,01/01/2005,,0,"))).toEqual([]);
  });
});
