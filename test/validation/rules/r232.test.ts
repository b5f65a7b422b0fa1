import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2024-25/header.csv": csv("CHILD,SEX,DOB", ...rows) });

describe("rule 232", () => {
  it("fails a sex reported as unknown, in any case", () => {
    expect(failuresOf("232", file("A,U,01/01/2010", "B,u,01/01/2010"))).toEqual(["2024-25/header.csv:2 A", "2024-25/header.csv:3 B"]);
  });

  it("passes M and F", () => {
    expect(failuresOf("232", file("A,M,01/01/2010", "B,F,01/01/2010"))).toEqual([]);
  });
});
