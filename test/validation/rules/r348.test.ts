import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
const folder = (last: string[], now: string[]) => ({ "2024-25/oc3.csv": csv(COLUMNS, ...last), "2025-26/oc3.csv": csv(COLUMNS, ...now) });

describe("rule 348", () => {
  it("fails a care leaver reported as died last year and not this year", () => {
    expect(failuresOf("348", folder(["A,01/01/2004,DIED,0,0"], ["A,01/01/2004,YES,F1,S1"]))).toEqual(["2025-26/oc3.csv:2 A"]);
  });

  it("passes DIED again, and a care leaver alive last year", () => {
    expect(failuresOf("348", folder(["A,01/01/2004,DIED,0,0", "B,01/01/2004,YES,F1,S1"], ["A,01/01/2004,DIED,0,0", "B,01/01/2004,YES,F1,S1"]))).toEqual([]);
  });
});
