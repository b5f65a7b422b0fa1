import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 159", () => {
  it("fails no intervention received and the offer item blank", () => {
    expect(failuresOf("159", file("A,1,0,"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes the offer item given, an intervention received, no problem", () => {
    expect(failuresOf("159", file("A,1,0,1", "B,1,1,", "C,0,0,"))).toEqual([]);
  });
});
