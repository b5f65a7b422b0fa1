import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE,HOME_POST,PL_POST", ...rows) });

describe("rule 392d", () => {
  it("fails the same home and placement postcode outside a placement with parents", () => {
    expect(failuresOf("392d", file("A,U1,CB1 1AA,cb1 1aa", "B,,CB1 1AA,CB1 1AA"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a placement with parents, different postcodes, and blanks", () => {
    expect(failuresOf("392d", file("A,P1,CB1 1AA,CB1 1AA", "B,U1,CB1 1AA,CB2 2BB", "C,U1,,"))).toEqual([]);
  });
});
