import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 213", () => {
  it("fails a temporary placement with a provider", () => {
    expect(failuresOf("213", file("A,01/05/2022,T1,PR1", "B,01/05/2022,t4,PR0"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a temporary placement without one, and other placements with one", () => {
    expect(failuresOf("213", file("A,01/05/2022,T1,", "B,01/05/2022,U1,PR1", "C,01/05/2022,Z11,PR1"))).toEqual([]);
  });

  it("from 2025-26, counts Z11–Z14 among the placements without a provider", () => {
    const later = { "2025-26/episodes.csv": csv("CHILD,DECOM,PLACE,PLACE_PROVIDER", "A,01/05/2025,Z12,PR1", "B,01/05/2025,T1,PR1") };
    expect(failuresOf("213", later)).toEqual(["2025-26/episodes.csv:2 A", "2025-26/episodes.csv:3 B"]);
  });
});
