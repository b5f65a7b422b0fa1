import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/episodes.csv`]: csv("CHILD,DECOM,PLACE", ...rows) });

describe("rule 146", () => {
  it("fails a placement type not in the year's list", () => {
    expect(failuresOf("146", file("2022-23", "A,01/05/2022,X9", "B,01/05/2022,K3"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes the year's codes in any case, and a blank", () => {
    expect(failuresOf("146", file("2022-23", "A,01/05/2022,u1", "B,01/05/2022,Z1", "C,01/05/2022,"))).toEqual([]);
  });

  it("takes K3 from 2024-25, and Z11–Z14 instead of H5, P2 and Z1 from 2025-26", () => {
    expect(failuresOf("146", file("2024-25", "A,01/05/2024,K3", "B,01/05/2024,Z11"))).toEqual(["2024-25/episodes.csv:3 B"]);
    expect(failuresOf("146", file("2025-26", "A,01/05/2025,Z11", "B,01/05/2025,Z1", "C,01/05/2025,H5"))).toEqual(["2025-26/episodes.csv:3 B", "2025-26/episodes.csv:4 C"]);
  });
});
