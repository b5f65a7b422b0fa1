import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,IN_TOUCH", ...rows) });

describe("rule 131", () => {
  it("fails a IN_TOUCH that is not one of the DfE's codes", () => {
    expect(failuresOf("131", file("A,MAYBE", "B,Refu "))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B"]);
  });

  it("passes a DfE code in any case", () => {
    expect(failuresOf("131", file("A,Refu", "B,refu", ))).toEqual([]);
  });

  it("fails a blank IN_TOUCH", () => {
    expect(failuresOf("131", file("A,"))).toEqual(["2022-23/oc3.csv:2 A"]);
  });
});
