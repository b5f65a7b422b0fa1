import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE,RNE", ...rows) });

describe("rule 380", () => {
  it("fails a temporary placement that starts a period of care or gives no reason", () => {
    expect(failuresOf("380", file("A,T1,S", "B,T4,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a temporary placement after a change of placement, and a period starting in another placement", () => {
    expect(failuresOf("380", file("A,T1,P", "B,T0,B", "C,U1,S"))).toEqual([]);
  });
});
