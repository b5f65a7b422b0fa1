import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/episodes.csv`]: csv("CHILD,PLACE,URN", ...rows) });

describe("rule 222", () => {
  it("fails a URN for a placement type no Ofsted registration covers, as each year lists them", () => {
    expect(failuresOf("222", file("2022-23", "A,H5,SC123456", "B,t2,SC123456", "C,Z1,1"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B", "2022-23/episodes.csv:4 C"]);
    expect(failuresOf("222", file("2023-24", "A,P2,SC123456"))).toEqual(["2023-24/episodes.csv:2 A"]);
    expect(failuresOf("222", file("2025-26", "A,Z12,SC123456", "B,P3,SC123456"))).toEqual(["2025-26/episodes.csv:2 A", "2025-26/episodes.csv:3 B"]);
  });

  it("passes the XXXXXXX placeholder, no URN, a registered placement type, and codes the year no longer lists", () => {
    expect(failuresOf("222", file("2022-23", "A,P1,XXXXXXX", "B,P1,", "C,K2,SC123456"))).toEqual([]);
    expect(failuresOf("222", file("2023-24", "A,H5,SC123456"))).toEqual([]);
    expect(failuresOf("222", file("2024-25", "A,P2,SC123456"))).toEqual([]);
    expect(failuresOf("222", file("2025-26", "A,Z1,SC123456"))).toEqual([]);
  });
});
