import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,MC_DOB", ...rows) });

describe("rule 171", () => {
  it("fails a date in another form or not a real date", () => {
    expect(failuresOf("171", file("A,2,01/01/2000,2019-05-01", "B,2,01/01/2000,31/02/2019"))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
  });

  it("passes a real date and a blank", () => {
    expect(failuresOf("171", file("A,2,01/01/2000,01/05/2019", "B,2,01/01/2000,"))).toEqual([]);
  });
});
