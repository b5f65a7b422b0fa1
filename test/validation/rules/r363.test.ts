import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,LS", ...rows) });

describe("rule 363", () => {
  it("fails a child assessment order longer than 7 days in all, across episodes in DECOM order", () => {
    expect(failuresOf("363", file("A,05/05/2022,09/05/2022,L3", "A,01/05/2022,05/05/2022,L3", "B,28/03/2023,,L3"))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 A",
    ]);
  });

  it("passes 7 days, two orders with a gap, and an order without a start date", () => {
    expect(failuresOf("363", file("A,01/05/2022,08/05/2022,L3", "B,01/05/2022,05/05/2022,L3", "B,10/05/2022,14/05/2022,L3", "C,,20/05/2022,L3"))).toEqual([]);
  });
});
