import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,IN_TOUCH,ACTIV,ACCOM", ...rows) });

describe("rule 153", () => {
  it("fails a row where only some of IN_TOUCH,ACTIV,ACCOM are given", () => {
    expect(failuresOf("153", file("A,YES,,", "B,,F1,B1"))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B"]);
  });

  it("passes a row with all of them and a row with none", () => {
    expect(failuresOf("153", file("A,YES,F1,B1", "B,,,"))).toEqual([]);
  });
});
