import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 158", () => {
  it("fails an intervention received with the offer item given", () => {
    expect(failuresOf("158", file("A,1,1,0"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes the offer item blank, or not received", () => {
    expect(failuresOf("158", file("A,1,1,", "B,1,0,1"))).toEqual([]);
  });
});
