import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS,PLACE", ...rows) });

describe("rule 382", () => {
  it("fails respite care in a temporary placement", () => {
    expect(failuresOf("382", file("A,V3,T0", "B,v4,T3"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes respite care elsewhere, and a temporary placement under another status", () => {
    expect(failuresOf("382", file("A,V3,U1", "B,C2,T0"))).toEqual([]);
  });
});
