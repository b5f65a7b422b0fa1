import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN,MOTHER,MC_DOB", ...rows) });

describe("rule 620", () => {
  it("fails a mother under 11 on 1 April", () => {
    expect(failuresOf("620", file("A,2,02/04/2011,,1,01/01/2022"))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a mother who turned 11 that day, and a girl under 11 who is not a mother", () => {
    expect(failuresOf("620", file("A,2,01/04/2011,,1,01/01/2022", "B,2,01/01/2015,,0,"))).toEqual([]);
  });
});
