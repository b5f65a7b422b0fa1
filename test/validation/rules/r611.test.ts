import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN,MOTHER,MC_DOB", ...rows) });

describe("rule 611", () => {
  it("fails a mother without her child's date of birth", () => {
    expect(failuresOf("611", file("A,2,01/01/2005,,1,"))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a mother with it, and a girl who is not a mother", () => {
    expect(failuresOf("611", file("A,2,01/01/2005,,1,01/01/2022", "B,2,01/01/2005,,0,"))).toEqual([]);
  });
});
