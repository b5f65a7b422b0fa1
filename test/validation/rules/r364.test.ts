import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,LS", ...rows) });

describe("rule 364", () => {
  it("fails detention under PACE longer than 21 days", () => {
    expect(failuresOf("364", file("A,01/05/2022,23/05/2022,J2"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes 21 days, and other legal statuses", () => {
    expect(failuresOf("364", file("A,01/05/2022,22/05/2022,J2", "B,01/05/2022,,J1"))).toEqual([]);
  });
});
