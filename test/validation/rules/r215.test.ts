import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...a), "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED,HEALTH_CHECK", ...b) });

describe("rule 215", () => {
  it("fails OC2 items for a care leaver with OC3 items; both rows", () => {
    expect(failuresOf("215", folder(["A,01/01/2004,YES,F1,S1"], ["A,01/01/2004,,1"]))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc3.csv:2 A"]);
  });

  it("passes a care leaver without OC2 items, and OC2 items without OC3 ones", () => {
    expect(failuresOf("215", folder(["A,01/01/2004,YES,F1,S1", "B,01/01/2004,,,"], ["A,01/01/2004,,", "B,01/01/2004,1,1"]))).toEqual([]);
  });
});
