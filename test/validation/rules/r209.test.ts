import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...rows) });

describe("rule 209", () => {
  it("fails UN1 for a child 4 by 31 August 2021", () => {
    expect(failuresOf("209", file("A,1,31/08/2017,UN1", "B,1,01/01/2010,un1"))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
  });

  it("passes a younger child, other codes, and a DOB it cannot read", () => {
    expect(failuresOf("209", file("A,1,01/09/2017,UN1", "B,1,01/01/2010,UN2", "C,1,2010-01-01,UN1"))).toEqual([]);
  });
});
