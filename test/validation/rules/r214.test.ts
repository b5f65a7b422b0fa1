import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,LS,PL_POST,URN", ...rows) });

describe("rule 214", () => {
  it("fails a short break with a placement postcode or URN", () => {
    expect(failuresOf("214", file("A,01/05/2022,V3,PE1 1AA,", "B,01/05/2022,v4,,SC123456"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a short break without them, and other statuses with them", () => {
    expect(failuresOf("214", file("A,01/05/2022,V3,,", "B,01/05/2022,C2,PE1 1AA,SC123456"))).toEqual([]);
  });
});
