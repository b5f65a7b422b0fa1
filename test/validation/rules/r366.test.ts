import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS,RNE", ...rows) });

describe("rule 366", () => {
  it("fails a respite episode that does not start a period of care", () => {
    expect(failuresOf("366", file("A,V3,P", "B,V3,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a respite episode starting a period, and other legal statuses", () => {
    expect(failuresOf("366", file("A,V3,S", "B,V4,P"))).toEqual([]);
  });
});
