import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/episodes.csv`]: csv("CHILD,DECOM,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 526", () => {
  it("fails a placement without a provider (a blank PLACE too, as the DfE's tool reads it)", () => {
    expect(failuresOf("526", file("2022-23", "A,01/05/2022,U1,", "B,01/05/2022,,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a provider given, and temporary placements and Z1 without one", () => {
    expect(failuresOf("526", file("2022-23", "A,01/05/2022,U1,PR1", "B,01/05/2022,T2,", "C,01/05/2022,Z1,"))).toEqual([]);
  });

  it("from 2025-26, excuses Z11–Z14 instead of Z1", () => {
    expect(failuresOf("526", file("2025-26", "A,01/05/2025,Z12,", "B,01/05/2025,Z1,"))).toEqual(["2025-26/episodes.csv:3 B"]);
  });
});
