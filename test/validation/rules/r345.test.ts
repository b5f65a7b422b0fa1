import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...rows) });

describe("rule 345", () => {
  it("fails 0 for one the council is in touch with", () => {
    expect(failuresOf("345", file("A,01/01/2003,YES,0,B1", "B,01/01/2003,yes,F1,0"))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B"]);
  });

  it("passes codes other than 0, and 0 for those not in touch", () => {
    expect(failuresOf("345", file("A,01/01/2003,YES,F1,B1", "B,01/01/2003,NO,0,0"))).toEqual([]);
  });
});
