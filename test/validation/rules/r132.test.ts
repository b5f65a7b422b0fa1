import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,ACTIV", ...rows) });

describe("rule 132", () => {
  it("fails a ACTIV that is not one of the DfE's codes", () => {
    expect(failuresOf("132", file("A,G3", "B,G6 "))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B"]);
  });

  it("passes a DfE code in any case", () => {
    expect(failuresOf("132", file("A,G6", "B,g6", ))).toEqual([]);
  });

  it("fails a blank ACTIV", () => {
    expect(failuresOf("132", file("A,"))).toEqual(["2022-23/oc3.csv:2 A"]);
  });
});
