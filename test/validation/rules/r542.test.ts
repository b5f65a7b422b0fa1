import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED", ...rows) });

describe("rule 542", () => {
  it("fails a child 10 only after 31 March 2023 with CONVICTED given", () => {
    expect(failuresOf("542", file("A,01/04/2013,0"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes a child 10 on 31 March, CONVICTED blank, and a DOB it cannot read", () => {
    expect(failuresOf("542", file("A,31/03/2013,0", "B,01/04/2013,", "C,2013-04-01,1"))).toEqual([]);
  });
});
