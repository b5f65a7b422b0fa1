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

describe("rule 132 before 2022-23", () => {
  it("accepts F3 and P3 (training or employment) in years up to 2020-21, not after", () => {
    const oc3 = (year: string) => ({ [`${year}/oc3.csv`]: csv("CHILD,ACTIV", "A,P3", "B,f3") });
    expect(failuresOf("132", oc3("2020-21"))).toEqual([]);
    expect(failuresOf("132", oc3("2021-22"))).toEqual(["2021-22/oc3.csv:2 A", "2021-22/oc3.csv:3 B"]);
  });
});
