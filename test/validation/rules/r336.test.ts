import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,PLACE", ...rows) });

describe("rule 336", () => {
  it("fails a placement for adoption with the foster carer that follows another kind of placement", () => {
    expect(failuresOf("336", file("A,01/06/2022,A3", "A,01/05/2022,R1"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one after foster care or another adoption placement, and a child's first episode", () => {
    expect(failuresOf("336", file("A,01/05/2022,U3", "A,01/06/2022,A4", "B,01/05/2022,A5", "B,01/06/2022,A3", "C,01/05/2022,A3"))).toEqual([]);
  });
});
