import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 178", () => {
  it("fails an unknown provider, and a provider for a temporary placement", () => {
    expect(failuresOf("178", file("A,01/05/2022,U1,PR9", "B,01/05/2022,T2,PR1"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a provider code, and no provider at all", () => {
    expect(failuresOf("178", file("A,01/05/2022,U1,pr1", "B,01/05/2022,T2,", "C,01/05/2022,XX,"))).toEqual([]);
  });

  it("from 2025-26, counts Z11–Z14 among the placements without a provider", () => {
    const later = { "2025-26/episodes.csv": csv("CHILD,DECOM,PLACE,PLACE_PROVIDER", "A,01/05/2025,Z12,PR1", "B,01/05/2025,T4,PR1", "C,01/05/2025,Z1,PR1") };
    expect(failuresOf("178", later)).toEqual(["2025-26/episodes.csv:2 A"]);
  });
});
